package eu.jcohub.funding.web;

import eu.jcohub.funding.Funding;
import eu.jcohub.funding.Scenario;
import eu.jcohub.operations.OperationSection;
import eu.jcohub.operations.OperationStatus;
import eu.jcohub.operations.OperationView;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The operation page's funding in short, for those who see its details: who would pay what under the rules in
 * force, what remains for the participants, the lead-time warnings, and the way to the whole funding page.
 */
@Component
class FundingSection implements OperationSection {

	private final Funding funding;

	FundingSection(Funding funding) {
		this.funding = funding;
	}

	@Override
	public int order() {
		return 45;
	}

	@Override
	public Optional<PageFragment> sectionFor(OperationView operation) {
		if (!operation.detailsVisible() || operation.status() == OperationStatus.TABLED) {
			return Optional.empty();
		}
		var report = funding.eligibility(operation.id(), Scenario.RULES_IN_FORCE);
		var applications = funding.applications(operation.id());
		var budget = funding.budget(operation.id());
		return Optional.of(new PageFragment("funding/section", Map.of("operation", operation, "report", report,
				"advice", funding.advice(operation.id()), "applications", applications.size(), "budget", budget,
				"funded", funding.funded(operation.id()))));
	}
}
