package eu.jcohub.funding.web;

import eu.jcohub.funding.BudgetLine;
import eu.jcohub.funding.Money;
import eu.jcohub.reference.ReferenceData;
import java.math.BigDecimal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Funding's values as pages write them: {@code ${@fundingWords.amount(x)}}, rates, days and payers. */
@Component("fundingWords")
class FundingWords {

	private final ReferenceData reference;
	private final MessageSource messages;

	FundingWords(ReferenceData reference, MessageSource messages) {
		this.reference = reference;
		this.messages = messages;
	}

	public String amount(@Nullable BigDecimal amount) {
		return amount == null ? "" : Money.format(amount);
	}

	public String percent(@Nullable BigDecimal percent) {
		return percent == null ? "" : Money.percent(percent) + " %";
	}

	public String days(@Nullable Number days) {
		if (days == null) {
			return "";
		}
		double value = days.doubleValue();
		return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
	}

	/** An administration's name, or central for costs borne centrally. */
	public String payer(String code) {
		if (code.equals(BudgetLine.CENTRAL)) {
			Locale locale = LocaleContextHolder.getLocale();
			return messages.getMessage("funding.payer.central", null, locale);
		}
		return reference.organisationName(code);
	}
}
