package eu.jcohub.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** The backups page says the usual daily schedule as a time of day; any other schedule as the cron it is. */
class BackupScheduleTests {

	@Test
	void aDailyCronIsATimeOfDay() {
		assertThat(schedule("0 30 1 * * *").dailyAt()).contains(LocalTime.of(1, 30));
		assertThat(schedule(" 0 5 23 * * * ").dailyAt()).contains(LocalTime.of(23, 5));
	}

	@Test
	void otherSchedulesAreNoTimeOfDay() {
		assertThat(schedule("0 30 1 * * MON").dailyAt()).isEmpty();
		assertThat(schedule("0 */15 * * * *").dailyAt()).isEmpty();
		assertThat(schedule("0 75 1 * * *").dailyAt()).isEmpty();
	}

	private static BackupSchedule schedule(String cron) {
		return new BackupSchedule(true, cron, "/backups", 7);
	}
}
