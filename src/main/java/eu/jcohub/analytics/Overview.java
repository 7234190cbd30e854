package eu.jcohub.analytics;

import eu.jcohub.followup.CaseOutcomes;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The working party's overview for a filter. Figures from the calendar entries (number, coverage, phases, notice)
 * count every operation that matches, as everyone signed in sees the calendar; figures from an operation's details
 * (hit rates, participation, conflicts, funding, Naples II, results) count only the operations whose details the
 * reader may see, {@code detailed} of the {@code operations}. Cancelled operations are not counted: they did not
 * take place.
 */
public record Overview(OverviewFilter filter, long operations, long detailed, List<YearLine> perYear,
		List<Tally> riskAreas, List<Tally> riskAreaBreadth, Phases phases, List<Notice> notice,
		Participation participation, Conflicts conflicts, List<FundingLine> funding, List<Tally> naplesPerArticle,
		Results results) {

	/** A count under a key (a year, a code, an article number …). */
	public record Tally(String key, long count) {
	}

	/** One year's operations, by type and by organiser. */
	public record YearLine(int year, long operations, Map<String, Long> byType, Map<String, Long> byOrganiser) {
	}

	/**
	 * Operational phases: how long (days of all phases), how many operations ran in one phase and how many split it,
	 * and the hit rates (reports that found an infringement, of all validated reports) of phase 1 against phase 2 and
	 * of single-phase against split operations.
	 */
	public record Phases(long singlePhase, long split, @Nullable Integer shortestDays, @Nullable Double medianDays,
			@Nullable Integer longestDays, HitRate phase1, HitRate phase2, HitRate singlePhaseOperations,
			HitRate splitOperations) {
	}

	/** @param percent hits of reports, in per cent with one decimal, or null when there was no report */
	public record HitRate(long reports, long hits, @Nullable Double percent) {

		public static HitRate of(long reports, long hits) {
			return new HitRate(reports, hits, reports == 0 ? null : Math.round(hits * 1000.0 / reports) / 10.0);
		}
	}

	/** How many days before its first day each organiser's operations became known to the calendar. */
	public record Notice(String organiser, long operations, long shortestDays, double medianDays, long longestDays) {
	}

	/** Invitations per administration, and the reasons given for declining. */
	public record Participation(List<ParticipationLine> perAdministration, List<Tally> declineReasons) {
	}

	public record ParticipationLine(String administration, long invited, long accepted, long declined, long open) {
	}

	/** Conflicts between operations found by deconfliction (each pair once), and how their owners resolved them. */
	public record Conflicts(long found, long unresolved, List<Tally> resolutions) {
	}

	/** @param medianLeadDays from application to decision, of the decided applications */
	public record FundingLine(String programme, long applications, BigDecimal requested, long decided,
			BigDecimal granted, @Nullable Double medianLeadDays) {
	}

	/**
	 * The validated reports' figures, the investigation cases' outcomes and the recommendations addressed (all of
	 * them, or to the filter's state's administrations).
	 */
	public record Results(long reports, long controls, long controlled, long seizures, long hits,
			List<SeizureLine> seizuresByRiskArea, CaseOutcomes cases, long recommendationsImplemented,
			long recommendationsOpen, long recommendationsClosedOtherwise) {
	}

	/** Seizures of one risk area counted in one unit. */
	public record SeizureLine(String riskArea, String unit, long seizures, BigDecimal quantity) {
	}
}
