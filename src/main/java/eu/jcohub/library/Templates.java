package eu.jcohub.library;

import eu.jcohub.operations.OperationPlan;
import eu.jcohub.reference.Organisation;
import eu.jcohub.reference.ReferenceData;
import eu.jcohub.shared.InvalidInput;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The plan of a new operation made from a past one. It keeps the past one's structure and sets what the user gives.
 * Another organiser leads from its own country: the past lead country then takes part like the others. The contact
 * point is the past organiser's and stays with it.
 */
@Component
class Templates {

	private final ReferenceData reference;
	private final LibraryWords words;

	Templates(ReferenceData reference, LibraryWords words) {
		this.reference = reference;
		this.words = words;
	}

	OperationPlan planFrom(OperationPlan source, TemplateRequest request) {
		var errors = new InvalidInput.Collector();
		if (request.name().isBlank()) {
			errors.reject("name", words.of("library.template.error.name"));
		}
		if (request.organiser().isBlank()) {
			errors.reject("organiser", words.of("library.template.error.organiser"));
		}
		if (request.phases().isEmpty()) {
			errors.reject("phase1Start", words.of("library.template.error.dates"));
		}
		errors.throwIfAny();
		var organiser = request.organiser().strip();
		boolean sameOrganiser = organiser.equals(source.organiser());
		var lead = sameOrganiser ? source.leadCountry() : countryOf(organiser, source.leadCountry());
		var participants = new TreeSet<>(source.participants());
		if (source.leadCountry() != null && !source.leadCountry().equals(lead)) {
			participants.add(source.leadCountry());
		}
		if (lead != null) {
			participants.remove(lead);
		}
		try {
			return new OperationPlan(request.name(), source.type(), organiser, lead, participants,
					source.partnerOrganisations(), source.competence(), source.domain(),
					sameOrganiser ? source.contactPoint() : null, null, source.riskAreas(), source.transportModes(),
					source.locations(), request.phases(), source.objectives());
		}
		catch (IllegalArgumentException invalid) {
			throw InvalidInput.of("phase2Start", invalid.getMessage());
		}
	}

	private @Nullable String countryOf(String organiser, @Nullable String otherwise) {
		return reference.organisation(organiser).flatMap(Organisation::countryCode).orElse(otherwise);
	}
}
