package eu.jcohub.planning;

import eu.jcohub.operations.OperationView;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One operation in planning on the facilitator board.
 *
 * @param nextDeadlines its next unsettled tasks, soonest first (overdue ones are counted apart)
 * @param funding where its funding stands in words; none while funding is not tracked
 */
public record BoardLine(OperationView operation, List<Task> nextDeadlines, long overdueTasks, long openTasks,
		long openInvitations, long acceptedInvitations, long declinedInvitations, long unresolvedConflicts,
		@Nullable String funding) {

	public BoardLine {
		nextDeadlines = List.copyOf(nextDeadlines);
	}
}
