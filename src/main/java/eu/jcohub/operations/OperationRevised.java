package eu.jcohub.operations;

import eu.jcohub.shared.OperationId;

/** An operation's plan changed; {@code plan} is the plan as it stands now. */
public record OperationRevised(OperationId operationId, long version, OperationPlan plan) {
}
