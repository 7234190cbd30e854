package eu.jcohub.operations;

import java.util.UUID;

/**
 * A new or changed operation created a conflict that was not known before; the owners of both should hear
 * of it.
 */
public record ConflictFound(UUID operationId, String operationName, String organiser, UUID otherOperationId,
		String otherOperationName, String otherOrganiser, double score, String summary) {
}
