package eu.jcohub.planning;

import eu.jcohub.operations.OperationStatus;
import eu.jcohub.shared.OperationId;

/**
 * A step asked of an operation's lifecycle.
 *
 * @param phase the operational phase the step opens or closes (1 for the first), 0 where it concerns none
 */
public record Transition(OperationId operationId, OperationStatus from, OperationStatus to, int phase) {
}
