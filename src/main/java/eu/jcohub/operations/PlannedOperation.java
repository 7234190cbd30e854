package eu.jcohub.operations;

import eu.jcohub.shared.OperationId;

/** An operation's plan as saved, at a version: what modules that follow the calendar (deconfliction) read. */
public record PlannedOperation(OperationId id, long version, OperationPlan plan) {
}
