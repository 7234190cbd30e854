package eu.jcohub.library;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An operation of the Library that a search found, with where the words were found in it, best first. Every hit
 * is taken only from what the user may read: the name from the calendar entry, everything else from the
 * operation's details.
 */
public record SearchResult(ShelfEntry entry, double rank, List<Hit> hits) {

	public SearchResult {
		hits = List.copyOf(hits);
	}

	/** Where in the operation the words were found. */
	public enum Source {
		/** Its name, objectives (for those who may see them) and tags. */
		OPERATION,
		DOCUMENT,
		LESSON
	}

	/**
	 * One place the words were found.
	 *
	 * @param documentId the document, for a document hit
	 * @param fileName the document's name, for a document hit
	 */
	public record Hit(Source source, @Nullable UUID documentId, @Nullable String fileName, double rank,
			Snippet snippet) {
	}
}
