package eu.jcohub.exchange;

import java.time.LocalDate;
import java.util.Optional;

/** When the secretariat's semester task falls due: from eight weeks before a Presidency takes office. */
final class PlansCollectionSchedule {

	static final int WEEKS_AHEAD = 8;

	private PlansCollectionSchedule() {
	}

	/**
	 * The semester whose plans are to be collected on this day, if any. The window runs from eight weeks
	 * before the Presidency starts to the day before, so a job that missed a day (downtime) still catches up.
	 */
	static Optional<Semester> due(LocalDate today) {
		var coming = Semester.coming(today);
		var opens = coming.start().minusWeeks(WEEKS_AHEAD);
		return today.isBefore(opens) ? Optional.empty() : Optional.of(coming);
	}

	static PlansCollectionDue event(Semester semester) {
		return new PlansCollectionDue(semester.toString(), semester.start(), semester.start().minusDays(1));
	}
}
