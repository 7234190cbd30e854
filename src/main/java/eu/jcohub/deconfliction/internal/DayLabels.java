package eu.jcohub.deconfliction.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Days as the conflict explanations write them ("2 Jun" and "2 Jun 2027", English month abbreviations), put
 * together by hand: a check explains up to a hundred conflicts, and the formatter was most of what that cost.
 * The month names are the formatter's own; years that do not have four digits are left to it.
 */
final class DayLabels {

	static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
	static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
	private static final String[] MONTHS = new String[12];

	static {
		var month = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);
		for (int m = 1; m <= 12; m++) {
			MONTHS[m - 1] = LocalDate.of(2000, m, 1).format(month);
		}
	}

	private DayLabels() {
	}

	static String dayMonth(LocalDate day) {
		return day.getDayOfMonth() + " " + MONTHS[day.getMonthValue() - 1];
	}

	static String dayMonthYear(LocalDate day) {
		int year = day.getYear();
		return year < 1000 || year > 9999 ? day.format(DAY_MONTH_YEAR) : dayMonth(day) + " " + year;
	}
}
