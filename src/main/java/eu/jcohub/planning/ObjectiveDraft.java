package eu.jcohub.planning;

import org.jspecify.annotations.Nullable;

/** An objective as typed, before it is checked: every field as text, so that each wrong one can be named. */
public record ObjectiveDraft(@Nullable String description, @Nullable String metric, @Nullable String riskArea,
		@Nullable String unit, @Nullable String target) {

	public boolean blank() {
		return isBlank(description) && isBlank(metric) && isBlank(riskArea) && isBlank(unit) && isBlank(target);
	}

	static boolean isBlank(@Nullable String text) {
		return text == null || text.isBlank();
	}
}
