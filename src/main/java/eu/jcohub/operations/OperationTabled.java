package eu.jcohub.operations;

import java.util.UUID;

/** A new operation entered the coordination calendar. */
public record OperationTabled(UUID operationId, String name, String organiser) {
}
