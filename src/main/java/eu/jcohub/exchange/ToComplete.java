package eu.jcohub.exchange;

import eu.jcohub.operations.OperationFilter;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Operations that deconfliction cannot judge because nothing says who takes part, where or how — typically
 * imported from another body's calendar — among those the reader may change: the organiser's own, and all of
 * them for the secretariat. Past ones are history and no longer listed.
 */
@Component
class ToComplete {

	private final OperationRegister register;
	private final Clock clock;

	ToComplete(OperationRegister register, Clock clock) {
		this.register = register;
		this.clock = clock;
	}

	List<OperationView> list() {
		var today = LocalDate.now(clock);
		return register.list(OperationFilter.between(today, today.plusYears(5))).stream()
			.filter(view -> view.changeable() && view.detailsVisible() && !view.status().isFinal())
			.filter(view -> view.plan().needsCompleting())
			.sorted(Comparator.comparing((OperationView view) -> view.plan().firstPhase().start())
				.thenComparing(view -> view.plan().name()))
			.toList();
	}
}
