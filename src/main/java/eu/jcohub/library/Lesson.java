package eu.jcohub.library;

import eu.jcohub.shared.OperationId;
import java.time.Instant;
import java.util.UUID;

/** A lesson learned in an operation: what worked, what did not, and what the next one should do. */
public record Lesson(UUID id, OperationId operationId, String whatWorked, String whatDidNot, String recommendation,
		String writtenBy, String writtenByOrganisation, Instant writtenAt) {
}
