package eu.jcohub.funding.internal;

import eu.jcohub.funding.FundingApplication;
import eu.jcohub.funding.Money;
import eu.jcohub.funding.Programme;
import eu.jcohub.planning.FundingState;
import eu.jcohub.shared.OperationId;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The facilitator board's funding column: self-funded, granted (how much, by whom), applied and waiting, a budget
 * without an application yet, or nothing yet.
 */
@Component
class FundingStateWords implements FundingState {

	private final ApplicationStore applications;
	private final BudgetStore budgets;
	private final ProgrammeStore programmes;
	private final MessageSource messages;

	FundingStateWords(ApplicationStore applications, BudgetStore budgets, ProgrammeStore programmes,
			MessageSource messages) {
		this.applications = applications;
		this.budgets = budgets;
		this.programmes = programmes;
		this.messages = messages;
	}

	@Override
	public Optional<String> describe(OperationId operation, Locale locale) {
		var budget = budgets.of(operation);
		if (budget.selfFunded()) {
			return Optional.of(text(locale, "funding.state.selfFunded"));
		}
		var latest = applications.of(operation).stream()
			.filter(application -> application.status().submitted())
			.max(Comparator.comparing(FundingApplication::status));
		if (latest.isPresent()) {
			var application = latest.get();
			var name = programmes.find(application.programme()).map(Programme::name).orElse(application.programme());
			return Optional.of(application.status().funds()
					? text(locale, "funding.state.granted", name, Money.format(application.granted()))
					: text(locale, "funding.state." + application.status(), name));
		}
		if (!budget.lines().isEmpty()) {
			return Optional.of(text(locale, "funding.state.budgetOnly", Money.format(budget.total())));
		}
		return Optional.of(text(locale, "funding.state.none"));
	}

	private String text(Locale locale, String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, locale);
	}
}
