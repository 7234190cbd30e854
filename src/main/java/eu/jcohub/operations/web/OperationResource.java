package eu.jcohub.operations.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.jcohub.operations.OperationView;
import eu.jcohub.operations.Phase;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An operation as the API returns it. Fields beyond the calendar entry are present only when the caller may
 * see the operation's details ({@code detailsVisible}) or reads it as a police or judicial partner
 * ({@code readAsPartner}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record OperationResource(UUID id, String name, String type, String organiser, @Nullable String leadCountry,
		Set<String> participants, Set<String> riskAreas, List<Phase> phases, @Nullable String contactPoint,
		String status, LocalDate firstKnown, String handlingCode, String marking, long version, boolean detailsVisible,
		boolean readAsPartner, boolean changeable, @Nullable Set<String> partnerOrganisations, @Nullable String competence,
		@Nullable String domain, @Nullable Set<String> transportModes, @Nullable Set<String> locations,
		@Nullable String objectives, @Nullable String externalId) {

	static OperationResource of(OperationView view) {
		var plan = view.plan();
		boolean details = view.planVisible();
		return new OperationResource(view.id().value(), plan.name(), plan.type().name(), plan.organiser(), plan.leadCountry(),
				plan.participants(), plan.riskAreas(), plan.phases(), plan.contactPoint(), view.status().name(),
				view.firstKnown(), view.handlingCode(), view.marking(), view.version(), view.detailsVisible(), view.readAsPartner(), view.changeable(),
				details ? plan.partnerOrganisations() : null, details ? plan.competence().name() : null,
				details ? plan.domain().name() : null, details ? plan.transportModes() : null,
				details ? plan.locations() : null, details ? plan.objectives() : null,
				details ? plan.externalId() : null);
	}
}
