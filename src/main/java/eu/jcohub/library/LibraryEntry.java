package eu.jcohub.library;

import java.util.Set;
import java.util.UUID;

import eu.jcohub.operations.OperationView;
import java.util.List;

/**
 * One operation's page in the Library as the user may see it: its documents, lessons and tags only for its circle,
 * and what the user may do with it.
 *
 * @param mayContribute upload documents and set tags
 * @param mayWriteLessons add lessons learned
 * @param mayUseAsTemplate make a new operation from it
 * @param removableLessons the lessons the user may remove: their own, or any where they may add documents
 */
public record LibraryEntry(OperationView operation, boolean readable, List<LibraryDocument> documents,
		List<Lesson> lessons, List<String> tags, boolean mayContribute, boolean mayWriteLessons,
		boolean mayUseAsTemplate, Set<UUID> removableLessons) {

	public LibraryEntry {
		documents = List.copyOf(documents);
		lessons = List.copyOf(lessons);
		tags = List.copyOf(tags);
		removableLessons = Set.copyOf(removableLessons);
	}

	public boolean mayRemove(Lesson lesson) {
		return removableLessons.contains(lesson.id());
	}
}
