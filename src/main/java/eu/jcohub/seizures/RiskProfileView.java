package eu.jcohub.seizures;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One version of a risk profile.
 *
 * @param id this version
 * @param profileId the profile, the same across its versions
 * @param phase the phase this version targets
 * @param owner the organisation that keeps the profile
 */
public record RiskProfileView(UUID id, UUID profileId, int version, int phase, String name, String riskArea,
		@Nullable String transportMode, @Nullable String routeFrom, @Nullable String routeTo,
		List<String> commodityCodes, @Nullable String indicators, String owner, String createdBy, Instant createdAt) {

	public RiskProfileView {
		commodityCodes = List.copyOf(commodityCodes);
	}
}
