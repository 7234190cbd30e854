package eu.jcohub.library;

import eu.jcohub.operations.OperationStatus;
import eu.jcohub.operations.OperationType;
import eu.jcohub.shared.OperationId;
import java.time.LocalDate;
import java.util.List;

/**
 * An operation in the Library as one user may see it. Its name, organiser, type and dates are its calendar entry,
 * which everyone signed in sees; its tags and the counts of its documents and lessons only for its circle
 * ({@code readable}), empty and zero otherwise.
 */
public record ShelfEntry(OperationId id, String name, String organiser, OperationType type, OperationStatus status,
		LocalDate firstDay, LocalDate lastDay, boolean readable, List<String> tags, int documents, int lessons) {

	public ShelfEntry {
		tags = List.copyOf(tags);
	}
}
