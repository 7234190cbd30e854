package eu.jcohub.followup;

import eu.jcohub.shared.OperationId;
import org.jspecify.annotations.Nullable;

/**
 * Which recommendations to list; null or blank is "any".
 *
 * @param mine only those addressed to the reader's organisation or with an action it owns
 * @param operation only those that came from this operation
 */
public record RecommendationFilter(@Nullable RecommendationStatus status, @Nullable String addressee, boolean overdue,
		@Nullable String source, boolean mine, @Nullable OperationId operation) {

	public static RecommendationFilter all() {
		return new RecommendationFilter(null, null, false, null, false, null);
	}

	public static RecommendationFilter of(OperationId operation) {
		return new RecommendationFilter(null, null, false, null, false, operation);
	}
}
