package eu.jcohub.cooperation.web;

import eu.jcohub.cooperation.Authority;
import eu.jcohub.cooperation.RequestStatus;
import eu.jcohub.reference.ReferenceData;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Naples II values as pages write them: {@code ${@naplesWords.article(22)}}, authorities, states, statuses. */
@Component("naplesWords")
class NaplesWords {

	private final ReferenceData reference;
	private final MessageSource messages;

	NaplesWords(ReferenceData reference, MessageSource messages) {
		this.reference = reference;
		this.messages = messages;
	}

	public String article(int number) {
		return text("cooperation.article." + number);
	}

	public String authority(@Nullable Authority authority) {
		return authority == null ? text("cooperation.decidedBy.themselves") : text("cooperation.authority." + authority.name());
	}

	public String authorities(Collection<Authority> authorities) {
		return String.join(", ", authorities.stream().map(this::authority).toList());
	}

	public String status(@Nullable RequestStatus status) {
		return status == null ? "" : text("cooperation.status." + status.name());
	}

	public String country(String code) {
		return reference.country(code).map(c -> c.name()).orElse(code);
	}

	public String organisation(String code) {
		return reference.organisationName(code);
	}

	public String organisations(List<String> codes) {
		return String.join(", ", reference.organisationNames(codes));
	}

	public String days(@Nullable Double days) {
		if (days == null) {
			return text("cooperation.statistics.none");
		}
		return days == Math.rint(days) ? String.valueOf(days.longValue()) : String.valueOf(days);
	}

	public String percent(@Nullable Integer percent) {
		return percent == null ? text("cooperation.statistics.none") : percent + " %";
	}

	private String text(String key) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(key, null, locale);
	}
}
