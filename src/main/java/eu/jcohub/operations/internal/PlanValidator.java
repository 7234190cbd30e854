package eu.jcohub.operations.internal;

import eu.jcohub.operations.OperationPlan;
import eu.jcohub.operations.OperationType;
import eu.jcohub.reference.ReferenceData;
import eu.jcohub.shared.InvalidInput;
import java.util.Collection;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/** Checks a plan's codes against the reference data and its texts against their limits, field by field. */
@Component
public class PlanValidator {

	private final ReferenceData reference;

	PlanValidator(ReferenceData reference) {
		this.reference = reference;
	}

	public void check(OperationPlan plan) {
		var errors = new InvalidInput.Collector();
		errors.text("name", plan.name(), 200).text("contactPoint", plan.contactPoint(), 500)
			.text("objectives", plan.objectives(), 20_000).text("externalId", plan.externalId(), 200);
		if (reference.organisation(plan.organiser()).isEmpty()) {
			errors.reject("organiser", "unknown organisation " + plan.organiser());
		}
		if (plan.leadCountry() == null) {
			if (plan.type() != OperationType.OTHER_BODY) {
				errors.reject("leadCountry", "a lead country is required, except for operations of other bodies");
			}
		}
		else if (reference.country(plan.leadCountry()).isEmpty()) {
			errors.reject("leadCountry", "unknown country " + plan.leadCountry());
		}
		unknown(plan.participants(), code -> reference.country(code).isPresent())
			.ifPresent(codes -> errors.reject("participants", "unknown country code(s): " + codes));
		unknown(plan.partnerOrganisations(), code -> reference.organisation(code).isPresent())
			.ifPresent(codes -> errors.reject("partnerOrganisations", "unknown organisation(s): " + codes));
		unknown(plan.riskAreas(), code -> reference.riskArea(code).isPresent())
			.ifPresent(codes -> errors.reject("riskAreas", "unknown risk area(s): " + codes));
		unknown(plan.transportModes(), code -> reference.transportMode(code).isPresent())
			.ifPresent(codes -> errors.reject("transportModes", "unknown transport mode(s): " + codes));
		unknown(plan.locations(), reference::isLocation)
			.ifPresent(codes -> errors.reject("locations", "unknown location(s): " + codes));
		// Other bodies' work programmes often say when and where, not what; the calendar still wants them.
		if (plan.riskAreas().isEmpty() && plan.type() != OperationType.OTHER_BODY) {
			errors.reject("riskAreas", "name at least one risk area");
		}
		if (plan.phases().size() > 6) {
			errors.reject("phases", "at most 6 operational phases");
		}
		errors.throwIfAny();
	}

	private static java.util.Optional<String> unknown(Collection<String> codes, Predicate<String> known) {
		var unknown = codes.stream().filter(known.negate()).toList();
		return unknown.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(String.join(", ", unknown));
	}
}
