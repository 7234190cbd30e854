package eu.jcohub.planning;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A business case as typed: dates and the budget as text, so that each wrong field can be named. */
public record BusinessCaseDraft(@Nullable String threatBasis, @Nullable String threatAssessment,
		@Nullable String objectives, Set<String> expectedParticipants, Set<String> riskAreas,
		Set<String> transportModes, @Nullable String budgetEstimateEur, @Nullable String plannedStart,
		@Nullable String plannedEnd) {

	public BusinessCaseDraft {
		expectedParticipants = expectedParticipants == null ? Set.of() : Set.copyOf(expectedParticipants);
		riskAreas = riskAreas == null ? Set.of() : Set.copyOf(riskAreas);
		transportModes = transportModes == null ? Set.of() : Set.copyOf(transportModes);
	}
}
