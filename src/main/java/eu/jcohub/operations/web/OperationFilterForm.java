package eu.jcohub.operations.web;

import eu.jcohub.operations.OperationFilter;
import eu.jcohub.operations.OperationType;
import eu.jcohub.shared.Texts;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * The filters above the calendar and the printable list, as typed in the GET form. Unknown or malformed
 * values are ignored rather than failing the page: a filter narrows, it never breaks the calendar.
 */
record OperationFilterForm(@Nullable String organiser, @Nullable String country, @Nullable String riskArea,
		@Nullable String transportMode, @Nullable String type, @Nullable String from, @Nullable String to) {

	static OperationFilterForm empty() {
		return new OperationFilterForm(null, null, null, null, null, null, null);
	}

	OperationFilterForm withDefaultPeriod(LocalDate from, LocalDate to) {
		return new OperationFilterForm(organiser, country, riskArea, transportMode, type,
				date(this.from) == null ? from.toString() : this.from, date(this.to) == null ? to.toString() : this.to);
	}

	/** The filter over the given dates, whatever the form's own period says. */
	OperationFilter between(@Nullable LocalDate start, @Nullable LocalDate end) {
		return new OperationFilter(start, end, blankToNull(organiser), blankToNull(country), blankToNull(riskArea),
				blankToNull(transportMode), operationType(), null);
	}

	/** The filter over the form's own period. */
	OperationFilter toFilter() {
		return between(date(from), date(to));
	}

	private @Nullable OperationType operationType() {
		var code = blankToNull(type);
		if (code == null) {
			return null;
		}
		try {
			return OperationType.valueOf(code);
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}

	static @Nullable LocalDate date(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException malformed) {
			return null;
		}
	}

	/** No filter where none is given, or where the value could match nothing stored (a NUL character). */
	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() || !Texts.storable(text) ? null : text.strip();
	}
}
