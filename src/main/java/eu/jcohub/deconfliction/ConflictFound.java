package eu.jcohub.deconfliction;

import eu.jcohub.shared.OperationId;
import java.util.List;

/**
 * A new or changed operation created a conflict that was not known before; the owners of both should hear of it.
 * The reasons are complete: whoever tells them to a person leaves out what that person may not see of the
 * other operation ({@link Conflict#withoutHiddenDetails()}).
 */
public record ConflictFound(OperationId operationId, String operationName, String organiser,
		OperationId otherOperationId, String otherOperationName, String otherOrganiser, double score,
		List<ConflictReason> reasons) {

	public ConflictFound {
		reasons = List.copyOf(reasons);
	}

	/** The conflict as seen from the operation's side: the other operation is the one in conflict. */
	public Conflict asSeenFromFirst() {
		return new Conflict(otherOperationId, otherOperationName, otherOrganiser, score, reasons, null);
	}

	/** The conflict as seen from the other operation's side. */
	public Conflict asSeenFromOther() {
		return new Conflict(operationId, operationName, organiser, score, reasons, null);
	}
}
