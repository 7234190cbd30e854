package eu.jcohub.followup.pack;

import java.util.Optional;

/**
 * One chapter of an operation's debriefing pack. Chapters are beans, laid out in {@link #order()} and numbered in
 * that order; each reads only what the reader may see (the pack's reader has already been let in to the
 * operation's debriefing) and returns empty when it has nothing to say.
 */
public interface PackChapter {

	/** Where the chapter stands in the pack, lower first (participation 10 … recommendations 80). */
	int order();

	Optional<Chapter> write(PackContext context);
}
