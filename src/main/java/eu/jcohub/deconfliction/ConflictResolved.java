package eu.jcohub.deconfliction;

import eu.jcohub.shared.OperationId;

/** The owners recorded how they dealt with the conflict between two operations. */
public record ConflictResolved(OperationId operationId, OperationId otherOperationId, Resolution.Kind kind) {
}
