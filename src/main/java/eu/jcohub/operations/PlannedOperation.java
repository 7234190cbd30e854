package eu.jcohub.operations;

import eu.jcohub.shared.OperationId;

/**
 * An operation's plan as saved, at a version: what modules that follow the calendar (deconfliction) read.
 *
 * @param cancelled whether the operation was called off: it stays in the calendar as history but stands in no one's
 *     way
 */
public record PlannedOperation(OperationId id, long version, OperationPlan plan, boolean cancelled) {
}
