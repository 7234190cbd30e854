package eu.jcohub.followup;

import org.jspecify.annotations.Nullable;

/**
 * A change to a recommendation; what is null stays as it is. Status, evidence and reason are the addressee's work;
 * text, source and addressee are the keepers' of the file.
 */
public record RecommendationChange(@Nullable String status, @Nullable String evidence, @Nullable String reason,
		@Nullable String text, @Nullable String source, @Nullable String addressee) {

	public static RecommendationChange work(@Nullable String status, @Nullable String evidence,
			@Nullable String reason) {
		return new RecommendationChange(status, evidence, reason, null, null, null);
	}

	boolean rewords() {
		return text != null || source != null || addressee != null;
	}
}
