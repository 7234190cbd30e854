package eu.jcohub.planning;

import eu.jcohub.shared.OperationId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A task of an operation's checklist: due on a day (counted from the operation's dates when it came from a template,
 * so it moves with them), owned by an organisation and possibly given to one of its people.
 *
 * @param deadline how the due day is counted; none once someone set the day by hand
 * @param ownerUsername the person the task is given to, if any
 */
public record Task(UUID id, OperationId operationId, int position, String title, TaskCategory category, LocalDate due,
		@Nullable Deadline deadline, String ownerOrganisation, @Nullable String ownerUsername, TaskState state,
		@Nullable Instant doneAt, @Nullable String doneBy, long version) {

	/** Past its day and not settled. */
	public boolean overdue(LocalDate today) {
		return !state.settled() && due.isBefore(today);
	}

	/** Not settled, and due within the given number of days from today (today included, overdue not). */
	public boolean dueWithin(LocalDate today, int days) {
		return !state.settled() && !due.isBefore(today) && !due.isAfter(today.plusDays(days));
	}
}
