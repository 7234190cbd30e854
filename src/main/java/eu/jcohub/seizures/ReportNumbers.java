package eu.jcohub.seizures;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Takes field reports' numbers ahead of the report's transaction, in a short one of their own, so that an
 * administration's counter row is locked for a moment rather than until each report's durable commit (which made an
 * administration's submissions commit one after the other). The price: a number taken for a report that is then
 * not stored (a key raced by another submission, the process killed in between) is not given back, so numbers can
 * have gaps; they stay unique and in the same readable form. See docs/architecture.md, "Report numbers".
 *
 * <p>The counter's step is one statement committed on its own, and its commit does not wait for its flush to disk
 * ({@code synchronous_commit = off} for that statement's transaction only, set in the statement itself: one round
 * trip to the database). The report that uses the number commits durably after it, and PostgreSQL's log is written
 * in order, so a report that survives a crash always finds its counter step survived too; a counter step lost with a
 * crash was used by no stored report. Called inside a transaction (the older seizure form, the demo data), the number
 * is taken in that transaction as before.
 */
@Component
class ReportNumbers {

	private final SeizureStore store;

	ReportNumbers(SeizureStore store) {
		this.store = store;
	}

	/** The next {@code count} numbers of the owner's reports of the type and year. */
	List<String> take(String owner, int year, ReportType type, int count) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return store.nextReferences(owner, year, type, count);
		}
		return store.nextReferencesCommittedAtOnce(owner, year, type, count);
	}
}
