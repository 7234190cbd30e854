package eu.jcohub.exchange;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Reading and writing the text form of plan fields shared by the CSV and iCalendar formats. */
final class PlanFields {

	static final String LIST_SEPARATOR = ";";

	private PlanFields() {
	}

	/** Codes separated by {@code ;} (commas accepted too), upper-cased as the reference data spells them. */
	static Set<String> codes(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return Set.of();
		}
		return Arrays.stream(text.split("[;,]")).map(String::strip).filter(code -> !code.isEmpty())
			.map(code -> code.toUpperCase(java.util.Locale.ROOT))
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	static String join(Set<String> codes) {
		return String.join(LIST_SEPARATOR, codes);
	}

	static <E extends Enum<E>> @Nullable E enumValue(Class<E> type, @Nullable String text, E fallback,
			String field, List<String> problems) {
		if (text == null || text.isBlank()) {
			return fallback;
		}
		try {
			return Enum.valueOf(type, text.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			problems.add(field + ": unknown value " + text.strip() + "; use one of "
					+ Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
			return null;
		}
	}

	static @Nullable LocalDate date(@Nullable String text, String field, List<String> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			problems.add(field + ": " + text.strip() + " is not a date (YYYY-MM-DD)");
			return null;
		}
	}

	static String text(@Nullable String value) {
		return value == null ? "" : value;
	}
}
