package eu.jcohub.backup;

import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Pattern;

/** When and where the daily backup is written, and how many are kept. */
public record BackupSchedule(boolean on, String cron, String directory, int keep) {

	private static final Pattern DAILY = Pattern.compile("0 (\\d{1,2}) (\\d{1,2}) \\* \\* \\*");

	/** The time of day (UTC) when the schedule is the usual once a day at a set time; empty for other schedules. */
	public Optional<LocalTime> dailyAt() {
		var daily = DAILY.matcher(cron.trim());
		if (!daily.matches()) {
			return Optional.empty();
		}
		int minute = Integer.parseInt(daily.group(1));
		int hour = Integer.parseInt(daily.group(2));
		return minute < 60 && hour < 24 ? Optional.of(LocalTime.of(hour, minute)) : Optional.empty();
	}
}
