package eu.jcohub.followup;

import org.jspecify.annotations.Nullable;

/**
 * A change to a recommendation; what is null stays as it is. Status, evidence and reason are the addressee's work;
 * text, source, addressee and operation (an id, or empty for none) are the keepers' of the file. The version is the one the change was made on (required).
 */
public record RecommendationChange(@Nullable String status, @Nullable String evidence, @Nullable String reason,
		@Nullable String text, @Nullable String source, @Nullable String addressee, @Nullable String operation,
		@Nullable Long version) {

	public static RecommendationChange work(@Nullable String status, @Nullable String evidence,
			@Nullable String reason, @Nullable Long version) {
		return new RecommendationChange(status, evidence, reason, null, null, null, null, version);
	}

	boolean rewords() {
		return text != null || source != null || addressee != null || operation != null;
	}
}
