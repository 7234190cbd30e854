package eu.jcohub.analytics;

import eu.jcohub.operations.OperationType;
import eu.jcohub.shared.InvalidInput;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which operations the overview counts: those starting in the years from {@code from} to {@code to}, and each
 * other criterion when given.
 *
 * @param state the country (ISO code) of a member state taking part, as leader or participant
 */
public record OverviewFilter(int from, int to, @Nullable String organiser, @Nullable OperationType type,
		@Nullable String riskArea, @Nullable String state) {

	/** The longest range one overview covers: a working party looks back a decade or two, not a century. */
	public static final int MAX_YEARS = 30;

	/** The last five years, this one included. */
	public static OverviewFilter recent(LocalDate today) {
		return new OverviewFilter(today.getYear() - 4, today.getYear(), null, null, null, null);
	}

	/**
	 * Reads the filter as typed in a form or a query string; blanks mean "any" (or the last five years). Names
	 * every field that cannot be read ({@link InvalidInput}, 422).
	 */
	public static OverviewFilter parse(@Nullable String from, @Nullable String to, @Nullable String organiser,
			@Nullable String type, @Nullable String riskArea, @Nullable String state, LocalDate today) {
		var errors = new LinkedHashMap<String, String>();
		var recent = recent(today);
		Integer fromYear = year("from", from, recent.from(), errors);
		Integer toYear = year("to", to, recent.to(), errors);
		if (fromYear != null && toYear != null) {
			if (fromYear > toYear) {
				errors.put("to", "the last year must not be before the first");
			}
			else if (toYear - fromYear >= MAX_YEARS) {
				errors.put("to", "at most " + MAX_YEARS + " years at once");
			}
		}
		OperationType operationType = null;
		var typedType = blank(type);
		if (typedType != null) {
			try {
				operationType = OperationType.valueOf(typedType);
			}
			catch (IllegalArgumentException e) {
				errors.put("type", "one of the operation types");
			}
		}
		var orgCode = code("organiser", organiser, errors);
		var riskCode = code("riskArea", riskArea, errors);
		var stateCode = code("state", state, errors);
		if (!errors.isEmpty()) {
			throw invalid(errors);
		}
		return new OverviewFilter(fromYear, toYear, orgCode, operationType, riskCode, stateCode);
	}

	private static @Nullable Integer year(String field, @Nullable String text, int fallback, Map<String, String> errors) {
		var typed = blank(text);
		if (typed == null) {
			return fallback;
		}
		try {
			int year = Integer.parseInt(typed);
			if (year < 1990 || year > 2100) {
				errors.put(field, "a year between 1990 and 2100");
				return null;
			}
			return year;
		}
		catch (NumberFormatException e) {
			errors.put(field, "a year such as 2025");
			return null;
		}
	}

	/** A reference code: letters, digits, hyphens and underscores, as the reference data spells them. */
	private static @Nullable String code(String field, @Nullable String text, Map<String, String> errors) {
		var typed = blank(text);
		if (typed != null && !typed.matches("[A-Za-z0-9_-]{1,40}")) {
			errors.put(field, "a code from the list");
			return null;
		}
		return typed;
	}

	private static @Nullable String blank(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static InvalidInput invalid(Map<String, String> errors) {
		return new InvalidInput(errors);
	}
}
