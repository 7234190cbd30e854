package eu.jcohub.library;

import eu.jcohub.shared.OperationId;
import java.time.Instant;
import java.util.UUID;

/**
 * A document of an operation in the Library, as listed: what it is, not its content.
 *
 * @param searchable whether text was found in it (a scanned report without text is kept but cannot be searched)
 */
public record LibraryDocument(UUID id, OperationId operationId, String fileName, DocumentFormat format, long sizeBytes,
		boolean searchable, String uploadedBy, String uploadedByOrganisation, Instant uploadedAt) {
}
