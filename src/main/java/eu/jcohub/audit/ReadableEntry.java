package eu.jcohub.audit;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An audit entry in a reader's words: who, acting for whom, did what to which record, from where, and which
 * fields changed. The stored entry stays alongside for those who need its codes.
 *
 * @param when the moment, in UTC and saying so
 * @param actor the user, or the application itself for automatic tasks
 * @param organisation the name of the organisation the user acted for
 * @param action what was done (“read”, “created” …)
 * @param kind the kind of record (“operation”, “seizure report” …)
 * @param record the record by the name its readers know (“HARBOUR SWEEP”, “SR-FI-2026-00001” …)
 * @param origin where the request came from (“this server (local)”, an address)
 */
public record ReadableEntry(AuditEntry entry, String when, String actor, String organisation, String action,
		String kind, String record, List<Change> changes, String origin) {

	/**
	 * One field: its value before and after a change, or only after for a creation or a read.
	 *
	 * @param before empty when the entry has no earlier state
	 */
	public record Change(String field, @Nullable String before, String after) {

		/** “field: before → after”, or “field: value”. */
		public String line() {
			return before == null ? field + ": " + after : field + ": " + before + " → " + after;
		}
	}
}
