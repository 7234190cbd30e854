package eu.jcohub.analytics.web;

import eu.jcohub.funding.Funding;
import eu.jcohub.reference.ReferenceData;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The words of the dashboard and its downloads: the bundles' texts and the reference data's names for codes. */
@Component
class Words {

	private final MessageSource messages;
	private final ReferenceData reference;
	private final Funding funding;

	Words(MessageSource messages, ReferenceData reference, Funding funding) {
		this.messages = messages;
		this.reference = reference;
		this.funding = funding;
	}

	String of(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

	String organisation(String code) {
		return reference.organisationName(code);
	}

	String riskArea(String code) {
		return code.isEmpty() ? of("analytics.riskArea.none") : reference.riskAreaName(code);
	}

	String country(String code) {
		return reference.country(code).map(c -> c.name()).orElse(code);
	}

	String type(String code) {
		return of("operation.type." + code);
	}

	String unit(String code) {
		if (code.isEmpty()) {
			return of("analytics.unit.none");
		}
		// Field reports give units in words (litres, pieces) as well as the seizure form's codes (STICKS).
		var upper = code.toUpperCase(java.util.Locale.ROOT);
		return messages.getMessage("unit." + upper, null, code, LocaleContextHolder.getLocale());
	}

	String programme(String code) {
		return funding.programmeName(code);
	}

	String article(String number) {
		return of("cooperation.articleLink", number, of("cooperation.article." + number));
	}
}
