package eu.jcohub.seizures;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Targeting criteria as sent, before they are checked.
 *
 * @param routeFrom the country of origin (ISO code), if the route matters
 * @param commodityCodes HS/CN codes, if known
 * @param indicators what else selects a consignment, in words
 */
public record RiskProfileDraft(@Nullable String name, @Nullable String riskArea, @Nullable String transportMode,
		@Nullable String routeFrom, @Nullable String routeTo, @Nullable List<String> commodityCodes,
		@Nullable String indicators) {
}
