package eu.jcohub.deconfliction;

import eu.jcohub.shared.OperationId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A new or changed operation created a conflict that was not known before; the owners of both should hear of it.
 * The reasons are complete: whoever tells them to a person leaves out what that person may not see of the
 * other operation ({@link Conflict#withoutHiddenDetails()}).
 *
 * @param calendarLevel the level judged from the two calendar entries alone
 */
public record ConflictFound(OperationId operationId, String operationName, String organiser,
		@Nullable String contactPoint, OperationId otherOperationId, String otherOperationName, String otherOrganiser,
		@Nullable String otherContactPoint, double score, List<ConflictReason> reasons, ConflictLevel calendarLevel) {

	public ConflictFound {
		reasons = List.copyOf(reasons);
	}

	/** The conflict as seen from the operation's side: the other operation is the one in conflict. */
	public Conflict asSeenFromFirst() {
		return Conflict.of(otherOperationId, otherOperationName, otherOrganiser, otherContactPoint, score, reasons,
				null, calendarLevel);
	}

	/** The conflict as seen from the other operation's side. */
	public Conflict asSeenFromOther() {
		return Conflict.of(operationId, operationName, organiser, contactPoint, score, reasons, null, calendarLevel);
	}
}
