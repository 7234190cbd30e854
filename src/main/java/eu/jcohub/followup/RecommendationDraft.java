package eu.jcohub.followup;

import org.jspecify.annotations.Nullable;

/** A new recommendation as typed: its number in the source, the source, its text and its addressee's code. */
public record RecommendationDraft(@Nullable String reference, @Nullable String source, @Nullable String text,
		@Nullable String addressee) {
}
