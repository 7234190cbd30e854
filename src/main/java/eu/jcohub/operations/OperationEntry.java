package eu.jcohub.operations;

import eu.jcohub.shared.OperationId;
import java.time.LocalDate;

/**
 * An operation's calendar entry as it stands, with where it is in its lifecycle and since when the calendar has
 * known of it: what modules that keep figures of the calendar (analytics) count. Only the calendar entry's fields,
 * which everyone signed in sees.
 */
public record OperationEntry(OperationId id, long version, OperationPlan calendarEntry, OperationStatus status,
		LocalDate firstKnown) {
}
