package eu.jcohub.operations;

import eu.jcohub.shared.OperationId;

/** A new operation entered the coordination calendar, with its plan as tabled. */
public record OperationTabled(OperationId operationId, long version, OperationPlan plan) {
}
