package eu.jcohub.analytics;

import eu.jcohub.analytics.Overview.SeizureLine;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One administration's share in the operations of a filter: the operations it led (organised or led) and joined
 * (calendar facts), the invitations it declined, what it reported and seized (of the operations the reader sees in
 * detail), the recommendations addressed to it that are still pending, and the case updates it owes: its open
 * investigation cases (those the reader may read) on which nothing was recorded for as long as follow-up waits
 * before it reminds the administration of a case.
 */
public record AdministrationShare(String code, String name, @Nullable String country, OverviewFilter filter,
		List<String> led, List<String> joined, List<Declined> declined, long reports, long controls, long seizures,
		long hits, List<SeizureLine> seized, List<Owed> recommendationsOwed, List<CaseOwed> caseUpdatesOwed) {

	/** @param reason the reason given, as its code, or null */
	public record Declined(String operation, @Nullable String reason) {
	}

	/** A recommendation addressed to the administration, still open or in progress. */
	public record Owed(String reference, String text, String status, boolean overdue) {
	}

	/**
	 * An open investigation case of the administration awaiting an update.
	 *
	 * @param lastUpdate the day anything was last recorded on it
	 * @param silentDays days since then
	 */
	public record CaseOwed(String reference, String operation, java.time.LocalDate openedOn,
			java.time.LocalDate lastUpdate, long silentDays) {
	}
}
