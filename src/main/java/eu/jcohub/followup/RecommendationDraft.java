package eu.jcohub.followup;

import org.jspecify.annotations.Nullable;

/**
 * A new recommendation as typed: its number in the source, the source, its text, its addressee's code and the
 * operation it came from (its id; none for a recommendation of the working party's own reports).
 */
public record RecommendationDraft(@Nullable String reference, @Nullable String source, @Nullable String text,
		@Nullable String addressee, @Nullable String operation) {

	/** A recommendation from no operation. */
	public RecommendationDraft(@Nullable String reference, @Nullable String source, @Nullable String text,
			@Nullable String addressee) {
		this(reference, source, text, addressee, null);
	}
}
