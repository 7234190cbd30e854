package eu.jcohub.exchange;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * A Council Presidency's half year: {@code YYYY-1} runs from January to June, {@code YYYY-2} from July to
 * December.
 */
record Semester(int year, int half) {

	private static final Pattern FORMAT = Pattern.compile("(\\d{4})-([12])");

	Semester {
		if (half != 1 && half != 2) {
			throw new IllegalArgumentException("a semester is the first (1) or second (2) half of a year");
		}
		if (year < 2000 || year > 2100) {
			throw new IllegalArgumentException("semester year must lie between 2000 and 2100");
		}
	}

	static Semester parse(String text) {
		var matcher = FORMAT.matcher(text.strip());
		if (!matcher.matches()) {
			throw new IllegalArgumentException("semester must look like 2027-1 (January–June) or 2027-2 (July–December)");
		}
		return new Semester(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
	}

	static Semester containing(LocalDate day) {
		return new Semester(day.getYear(), day.getMonthValue() <= 6 ? 1 : 2);
	}

	/** The semester after the one under way: the one being planned now. */
	static Semester coming(LocalDate today) {
		return containing(today).next();
	}

	Semester next() {
		return half == 1 ? new Semester(year, 2) : new Semester(year + 1, 1);
	}

	/** The day the Presidency takes office. */
	LocalDate start() {
		return LocalDate.of(year, half == 1 ? 1 : 7, 1);
	}

	LocalDate end() {
		return half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
	}

	@Override
	public String toString() {
		return year + "-" + half;
	}
}
