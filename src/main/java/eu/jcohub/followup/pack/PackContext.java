package eu.jcohub.followup.pack;

import eu.jcohub.followup.FollowupWords;
import eu.jcohub.operations.OperationView;
import eu.jcohub.reference.Category;
import eu.jcohub.reference.Country;
import eu.jcohub.reference.ReferenceData;
import eu.jcohub.seizures.ReportValidated;
import eu.jcohub.shared.web.Dates;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What every chapter starts from: the operation as the reader sees it, its validated reports' figures, and the
 * words and formats of the pack, and the names of the people it mentions.
 */
public record PackContext(OperationView operation, List<ReportValidated> reports, FollowupWords words,
		ReferenceData reference, Dates dates, java.util.function.UnaryOperator<String> people) {

	public PackContext {
		reports = List.copyOf(reports);
	}

	/** A person as others know them, from their username; the username where the account is gone. */
	public String person(String username) {
		return people.apply(username);
	}

	public String word(String key, Object... arguments) {
		return words.of(key, arguments);
	}

	/** A figure with thousands separated and at most two decimals. */
	public static String number(@Nullable BigDecimal value) {
		if (value == null) {
			return "–";
		}
		var format = NumberFormat.getNumberInstance(Locale.UK);
		format.setMaximumFractionDigits(2);
		return format.format(value);
	}

	public static String number(long value) {
		return NumberFormat.getIntegerInstance(Locale.UK).format(value);
	}

	/** An amount in euro: with its cents when it has any (€ 12,774.20), else whole (€ 391,000). */
	public String euro(@Nullable BigDecimal value) {
		if (value == null) {
			return "–";
		}
		var format = NumberFormat.getNumberInstance(Locale.UK);
		format.setMinimumFractionDigits(value.stripTrailingZeros().scale() > 0 ? 2 : 0);
		format.setMaximumFractionDigits(2);
		return "€ " + format.format(value);
	}

	public String day(@Nullable LocalDate day) {
		return dates.day(day);
	}

	public String organisation(String code) {
		return reference.organisationName(code);
	}

	public String country(String code) {
		return reference.country(code).map(Country::name).orElse(code);
	}

	public String riskArea(@Nullable String code) {
		return code == null ? word("pack.unknown") : reference.riskArea(code).map(Category::name).orElse(code);
	}

	public String transportMode(@Nullable String code) {
		return code == null ? word("pack.unknown") : reference.transportMode(code).map(Category::name).orElse(code);
	}
}
