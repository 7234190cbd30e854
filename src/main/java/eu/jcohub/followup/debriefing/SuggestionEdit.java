package eu.jcohub.followup.debriefing;

import org.jspecify.annotations.Nullable;

/** The analyst's version of a suggested profile as sent, or its dismissal; before it is checked. */
public record SuggestionEdit(@Nullable String name, @Nullable String riskArea, @Nullable String transportMode,
		@Nullable String routeFrom, @Nullable String routeTo, @Nullable String indicators, @Nullable Boolean dismissed) {

	boolean dismissing() {
		return Boolean.TRUE.equals(dismissed);
	}
}
