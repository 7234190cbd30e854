package eu.jcohub.followup;

import org.jspecify.annotations.Nullable;

/**
 * Which recommendations to list; null or blank is "any".
 *
 * @param mine only those addressed to the reader's organisation or with an action it owns
 */
public record RecommendationFilter(@Nullable RecommendationStatus status, @Nullable String addressee, boolean overdue,
		@Nullable String source, boolean mine) {

	public static RecommendationFilter all() {
		return new RecommendationFilter(null, null, false, null, false);
	}
}
