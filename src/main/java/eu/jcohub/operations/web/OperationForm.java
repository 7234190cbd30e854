package eu.jcohub.operations.web;

import eu.jcohub.operations.Competence;
import eu.jcohub.operations.OperationPlan;
import eu.jcohub.operations.OperationType;
import eu.jcohub.operations.OperationView;
import eu.jcohub.operations.Phase;
import eu.jcohub.operations.PolicyDomain;
import eu.jcohub.shared.InvalidInput;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The add/edit form of an operation exactly as typed: strings, so a wrong value comes back to the user
 * unchanged next to its message. Error messages are message-bundle keys ({@code form.error.*}).
 *
 * @param locations location codes, comma-separated
 * @param version the version the user edited, to refuse a lost update
 */
record OperationForm(@Nullable String id, @Nullable String name, @Nullable String type, @Nullable String organiser,
		@Nullable String leadCountry, List<String> participants, List<String> partnerOrganisations,
		@Nullable String competence, @Nullable String domain, @Nullable String contactPoint, List<String> riskAreas,
		List<String> transportModes, @Nullable String locations, @Nullable String phase1Start,
		@Nullable String phase1End, @Nullable String phase2Start, @Nullable String phase2End,
		@Nullable String objectives, @Nullable Long version) {

	OperationForm {
		participants = listOf(participants);
		partnerOrganisations = listOf(partnerOrganisations);
		riskAreas = listOf(riskAreas);
		transportModes = listOf(transportModes);
	}

	/** A blank form for a new operation of the user's organisation, led by its country if it has one. */
	static OperationForm blank(String organiser, @Nullable String leadCountry) {
		return new OperationForm(null, null, OperationType.JCO_REGIONAL.name(), organiser, leadCountry, List.of(), List.of(),
				Competence.EXCLUSIVE_EU.name(), PolicyDomain.CUSTOMS.name(), null, List.of(), List.of(), null, null,
				null, null, null, null, null);
	}

	/** The form pre-filled with an operation the user may change (and so may see in full). */
	static OperationForm of(OperationView view) {
		var plan = view.plan();
		var phases = plan.phases();
		var second = phases.size() > 1 ? phases.get(1) : null;
		return new OperationForm(view.id().toString(), plan.name(), plan.type().name(), plan.organiser(),
				plan.leadCountry(), List.copyOf(plan.participants()), List.copyOf(plan.partnerOrganisations()),
				plan.competence().name(), plan.domain().name(), plan.contactPoint(), List.copyOf(plan.riskAreas()),
				List.copyOf(plan.transportModes()), String.join(", ", plan.locations()), phases.get(0).start().toString(),
				phases.get(0).end().toString(), second == null ? null : second.start().toString(),
				second == null ? null : second.end().toString(), plan.objectives(), view.version());
	}

	/** The plan, or every field's problem at once as an {@link InvalidInput}. */
	OperationPlan toPlan() {
		var errors = new InvalidInput.Collector();
		if (isBlank(name)) {
			errors.reject("name", "form.error.required");
		}
		var operationType = choice("type", type, OperationType::valueOf, errors);
		if (isBlank(organiser)) {
			errors.reject("organiser", "form.error.required");
		}
		var operationCompetence = choice("competence", competence, Competence::valueOf, errors);
		var policyDomain = choice("domain", domain, PolicyDomain::valueOf, errors);
		var phases = phases(errors);
		errors.throwIfAny();
		try {
			return new OperationPlan(name, operationType, organiser.strip(), leadCountry, Set.copyOf(participants),
					Set.copyOf(partnerOrganisations), operationCompetence, policyDomain, contactPoint, null,
					Set.copyOf(riskAreas), Set.copyOf(transportModes), locationCodes(), phases, objectives);
		}
		catch (IllegalArgumentException e) {
			throw InvalidInput.of("phases", e.getMessage());
		}
	}

	boolean hasSecondPhase() {
		return !isBlank(phase2Start) || !isBlank(phase2End);
	}

	private List<Phase> phases(InvalidInput.Collector errors) {
		var result = new ArrayList<Phase>();
		phase("phase1", phase1Start, phase1End, true, errors).ifPresent(result::add);
		phase("phase2", phase2Start, phase2End, false, errors).ifPresent(result::add);
		return result;
	}

	private static Optional<Phase> phase(String field, @Nullable String start, @Nullable String end,
			boolean required, InvalidInput.Collector errors) {
		if (isBlank(start) && isBlank(end) && !required) {
			return Optional.empty();
		}
		var from = OperationFilterForm.date(start);
		var to = OperationFilterForm.date(end);
		if (from == null) {
			errors.reject(field + "Start", "form.error.date");
		}
		if (to == null) {
			errors.reject(field + "End", "form.error.date");
		}
		if (from == null || to == null) {
			return Optional.empty();
		}
		if (to.isBefore(from)) {
			errors.reject(field + "End", "form.error.endBeforeStart");
			return Optional.empty();
		}
		try {
			return Optional.of(new Phase(from, to));
		}
		catch (IllegalArgumentException e) {
			errors.reject(field + "Start", "form.error.dateRange");
			return Optional.empty();
		}
	}

	private Set<String> locationCodes() {
		if (locations == null) {
			return Set.of();
		}
		var codes = new LinkedHashSet<String>();
		Arrays.stream(locations.split("[,;\\s]+")).filter(code -> !code.isBlank())
			.map(code -> code.strip().toUpperCase(java.util.Locale.ROOT)).forEach(codes::add);
		return codes;
	}

	private static <E> @Nullable E choice(String field, @Nullable String value, Function<String, E> parse,
			InvalidInput.Collector errors) {
		if (isBlank(value)) {
			errors.reject(field, "form.error.required");
			return null;
		}
		try {
			return parse.apply(value.strip());
		}
		catch (IllegalArgumentException unknown) {
			errors.reject(field, "form.error.choice");
			return null;
		}
	}

	private static boolean isBlank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	private static List<String> listOf(@Nullable List<String> values) {
		return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
	}
}
