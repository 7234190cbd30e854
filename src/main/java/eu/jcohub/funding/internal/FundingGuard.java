package eu.jcohub.funding.internal;

import static eu.jcohub.operations.OperationStatus.FUNDING;
import static eu.jcohub.operations.OperationStatus.PREPARATION;

import eu.jcohub.funding.FundingApplication;
import eu.jcohub.planning.Refusal;
import eu.jcohub.planning.Transition;
import eu.jcohub.planning.TransitionGuard;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Funding's say in the lifecycle: an operation leaves funding for preparation only once a programme granted (all or
 * part of) an application, or its administrations decided to pay it themselves.
 */
@Component
class FundingGuard implements TransitionGuard {

	private final ApplicationStore applications;
	private final BudgetStore budgets;

	FundingGuard(ApplicationStore applications, BudgetStore budgets) {
		this.applications = applications;
		this.budgets = budgets;
	}

	@Override
	public List<Refusal> refusals(Transition transition) {
		if (transition.from() != FUNDING || transition.to() != PREPARATION) {
			return List.of();
		}
		var id = transition.operationId();
		boolean funded = budgets.of(id).selfFunded()
				|| applications.of(id).stream().map(FundingApplication::status).anyMatch(status -> status.funds());
		return funded ? List.of() : List.of(Refusal.of("funding.guard.notFunded"));
	}
}
