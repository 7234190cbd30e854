package eu.jcohub.operations;

import java.util.UUID;

/** An operation's plan changed. */
public record OperationRevised(UUID operationId, String name, String organiser) {
}
