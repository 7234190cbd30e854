package eu.jcohub.operations;

import eu.jcohub.shared.OperationId;
import java.time.Instant;

/** An operation moved in its lifecycle: who moved it, when and why. */
public record OperationStatusChanged(OperationId operationId, String name, OperationStatus from, OperationStatus to,
		String reason, String by, Instant at) {
}
