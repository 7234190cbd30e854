package eu.jcohub.coordination.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The "controls became known" effect: at a place, seizures per day in its most recent days fell sharply against its
 * first days, while controls went on. Days without a report count as days with nothing, from the place's first
 * report to the day the rule looks from; the first and the recent days never overlap.
 */
public final class DropRule {

	private DropRule() {
	}

	/**
	 * @param baselineDays how many first days make the yardstick
	 * @param recentDays how many latest days are compared with it
	 * @param dropShare a drop is when recent seizures per day are at most this share of the first days' (0.5: halved)
	 * @param minBaselineSeizures fewer seizures than this in the first days say nothing about a drop
	 * @param controlsKeptShare controls "go on" when recent controls per day are at least this share of the first days'
	 */
	public record Parameters(int baselineDays, int recentDays, double dropShare, int minBaselineSeizures,
			double controlsKeptShare) {

		public Parameters {
			if (baselineDays < 1 || recentDays < 1 || dropShare < 0 || dropShare >= 1 || minBaselineSeizures < 1
					|| controlsKeptShare < 0) {
				throw new IllegalArgumentException("drop rule parameters out of range");
			}
		}
	}

	/** Controls and seizures reported at a place on one day. */
	public record DayCount(long controls, long seizures) {
	}

	/** What the rule found: seizures and controls per day in the first and the latest days. */
	public record Drop(LocalDate firstDay, LocalDate recentFrom, double baselineSeizuresPerDay,
			double recentSeizuresPerDay, double baselineControlsPerDay, double recentControlsPerDay) {
	}

	/** The drop at a place whose days are given (any order, days without reports may be missing), seen on {@code until}. */
	public static Optional<Drop> check(Map<LocalDate, DayCount> days, LocalDate until, Parameters parameters) {
		var first = days.keySet().stream().filter(day -> !day.isAfter(until)).min(LocalDate::compareTo);
		if (first.isEmpty()) {
			return Optional.empty();
		}
		var firstDay = first.get();
		var recentFrom = until.minusDays(parameters.recentDays() - 1L);
		var baselineUntil = firstDay.plusDays(parameters.baselineDays() - 1L);
		if (!recentFrom.isAfter(baselineUntil)) {
			return Optional.empty();
		}
		var baseline = sum(days, firstDay, baselineUntil);
		var recent = sum(days, recentFrom, until);
		if (baseline.seizures() < parameters.minBaselineSeizures()) {
			return Optional.empty();
		}
		double baselineSeizures = (double) baseline.seizures() / parameters.baselineDays();
		double recentSeizures = (double) recent.seizures() / parameters.recentDays();
		double baselineControls = (double) baseline.controls() / parameters.baselineDays();
		double recentControls = (double) recent.controls() / parameters.recentDays();
		boolean dropped = recentSeizures <= parameters.dropShare() * baselineSeizures;
		boolean controlsGoOn = recentControls > 0 && recentControls >= parameters.controlsKeptShare() * baselineControls;
		return dropped && controlsGoOn
				? Optional.of(new Drop(firstDay, recentFrom, baselineSeizures, recentSeizures, baselineControls,
						recentControls))
				: Optional.empty();
	}

	private static DayCount sum(Map<LocalDate, DayCount> days, LocalDate from, LocalDate to) {
		long controls = 0;
		long seizures = 0;
		for (var day = from; !day.isAfter(to); day = day.plusDays(1)) {
			var count = days.get(day);
			if (count != null) {
				controls += count.controls();
				seizures += count.seizures();
			}
		}
		return new DayCount(controls, seizures);
	}
}
