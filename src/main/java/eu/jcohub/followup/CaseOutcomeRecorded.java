package eu.jcohub.followup;

import eu.jcohub.shared.OperationId;
import java.util.UUID;

/** An investigation case started from an operation was opened, or an event of its outcome was recorded. */
public record CaseOutcomeRecorded(OperationId operationId, UUID caseId) {
}
