package eu.jcohub.coordination.internal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.coordination.internal.DropRule.DayCount;
import eu.jcohub.coordination.internal.DropRule.Parameters;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The drop rule on constructed days: seizures falling away while controls go on, and what is not a drop. */
class DropRuleTests {

	private static final LocalDate FIRST = LocalDate.of(2026, 5, 4);
	/** Land: two first days against the latest one. */
	private static final Parameters LAND = new Parameters(2, 1, 0.5, 3, 0.5);
	/** Sea: four first days against the latest three. */
	private static final Parameters SEA = new Parameters(4, 3, 0.4, 3, 0.5);

	@Test
	void warnsWhenSeizuresFallToHalfWhileControlsGoOn() {
		var days = days(new long[][] { { 10, 4 }, { 10, 4 }, { 10, 3 }, { 9, 1 } });
		var drop = DropRule.check(days, FIRST.plusDays(3), LAND);
		assertThat(drop).isPresent();
		assertThat(drop.get().baselineSeizuresPerDay()).isEqualTo(4.0);
		assertThat(drop.get().recentSeizuresPerDay()).isEqualTo(1.0);
		assertThat(drop.get().recentFrom()).isEqualTo(FIRST.plusDays(3));
		assertThat(drop.get().firstDay()).isEqualTo(FIRST);
	}

	@Test
	void noWarningWhenControlsStoppedToo() {
		var days = days(new long[][] { { 10, 4 }, { 10, 4 }, { 10, 3 }, { 2, 0 } });
		assertThat(DropRule.check(days, FIRST.plusDays(3), LAND)).isEmpty();
	}

	@Test
	void noWarningWhileSeizuresHoldUp() {
		var days = days(new long[][] { { 10, 4 }, { 10, 4 }, { 10, 3 }, { 10, 3 } });
		assertThat(DropRule.check(days, FIRST.plusDays(3), LAND)).isEmpty();
	}

	@Test
	void noWarningFromTooFewSeizuresInTheFirstDays() {
		var days = days(new long[][] { { 10, 1 }, { 10, 1 }, { 10, 0 } });
		assertThat(DropRule.check(days, FIRST.plusDays(2), LAND)).isEmpty();
	}

	@Test
	void theSameDaysWarnAtALandBorderBeforeTheyWarnAtSea() {
		// Five days: at sea the first four days and the latest three overlap, so it is too early to tell.
		var days = days(new long[][] { { 10, 4 }, { 10, 4 }, { 10, 1 }, { 10, 0 }, { 10, 0 } });
		assertThat(DropRule.check(days, FIRST.plusDays(4), LAND)).isPresent();
		assertThat(DropRule.check(days, FIRST.plusDays(4), SEA)).isEmpty();
		// Three more quiet days and the sea rule sees it too.
		var longer = days(new long[][] { { 10, 4 }, { 10, 4 }, { 10, 1 }, { 10, 1 }, { 10, 0 }, { 10, 0 }, { 10, 0 } });
		assertThat(DropRule.check(longer, FIRST.plusDays(6), SEA)).isPresent();
	}

	@Test
	void daysWithoutReportsCountAsDaysWithNothing() {
		var days = new HashMap<LocalDate, DayCount>();
		days.put(FIRST, new DayCount(6, 3));
		days.put(FIRST.plusDays(1), new DayCount(6, 3));
		days.put(FIRST.plusDays(5), new DayCount(6, 0));
		assertThat(DropRule.check(days, FIRST.plusDays(5), LAND)).isPresent();
		assertThat(DropRule.check(days, FIRST.plusDays(4), LAND)).as("no controls on the latest day").isEmpty();
	}

	private static Map<LocalDate, DayCount> days(long[][] controlsAndSeizures) {
		var days = new HashMap<LocalDate, DayCount>();
		for (int i = 0; i < controlsAndSeizures.length; i++) {
			days.put(FIRST.plusDays(i), new DayCount(controlsAndSeizures[i][0], controlsAndSeizures[i][1]));
		}
		return days;
	}
}
