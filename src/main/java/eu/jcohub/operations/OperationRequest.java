package eu.jcohub.operations;

import eu.jcohub.shared.InvalidInput;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An operation's plan as the API receives it ({@code POST /api/operations}, {@code PUT /api/operations/{id}},
 * a draft to check for conflicts): every field optional, so that all problems are reported at once.
 */
public record OperationRequest(@Nullable String name, @Nullable OperationType type, @Nullable String organiser,
		@Nullable String leadCountry, @Nullable List<String> participants, @Nullable List<String> partnerOrganisations,
		@Nullable Competence competence, @Nullable PolicyDomain domain, @Nullable String contactPoint,
		@Nullable String externalId, @Nullable List<String> riskAreas, @Nullable List<String> transportModes,
		@Nullable List<String> locations, @Nullable List<PhaseRequest> phases, @Nullable String objectives,
		@Nullable Long version) {

	public record PhaseRequest(@Nullable LocalDate start, @Nullable LocalDate end) {
	}

	/** The plan, or every field's problem at once. */
	public OperationPlan toPlan() {
		var errors = new InvalidInput.Collector();
		if (name == null || name.isBlank()) {
			errors.reject("name", "required");
		}
		if (type == null) {
			errors.reject("type", "required: one of JCO_FULL_SCALE, JCO_REGIONAL, NATIONAL, JOINT_POLICE_CUSTOMS, OTHER_BODY");
		}
		if (organiser == null || organiser.isBlank()) {
			errors.reject("organiser", "required");
		}
		if (competence == null) {
			errors.reject("competence", "required: EXCLUSIVE_EU or SHARED");
		}
		if (domain == null) {
			errors.reject("domain", "required: CUSTOMS, FINANCIAL_INTERESTS or CRIME_PREVENTION");
		}
		var phaseList = phases(errors);
		errors.throwIfAny();
		try {
			return new OperationPlan(name, type, organiser.strip(), leadCountry, set(participants),
					set(partnerOrganisations), competence, domain, contactPoint, externalId, set(riskAreas),
					set(transportModes), set(locations), phaseList, objectives);
		}
		catch (IllegalArgumentException e) {
			throw InvalidInput.of("phases", e.getMessage());
		}
	}

	private List<Phase> phases(InvalidInput.Collector errors) {
		if (phases == null || phases.isEmpty()) {
			errors.reject("phases", "give at least one operational phase with start and end dates");
			return List.of();
		}
		var result = new java.util.ArrayList<Phase>();
		for (int i = 0; i < phases.size(); i++) {
			var phase = phases.get(i);
			if (phase == null || phase.start() == null || phase.end() == null) {
				errors.reject("phases[" + i + "]", "needs a start and an end date (YYYY-MM-DD)");
				continue;
			}
			try {
				result.add(new Phase(phase.start(), phase.end()));
			}
			catch (IllegalArgumentException e) {
				errors.reject("phases[" + i + "]", e.getMessage());
			}
		}
		return result;
	}

	private static Set<String> set(@Nullable List<String> values) {
		return values == null ? Set.of() : new LinkedHashSet<>(values.stream().filter(v -> v != null).toList());
	}
}
