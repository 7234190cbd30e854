package eu.jcohub.seizures;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the field-reporting module told the rest of JCO Hub during the tests, and whether it told it inside the
 * transaction that made the change (so that the event publication registry delivers it only if that commits).
 */
@Component
class PublishedEvents {

	record Told(Object event, boolean inTransaction) {
	}

	private final List<Told> told = new CopyOnWriteArrayList<>();

	@EventListener
	void on(ReportValidated event) {
		record(event);
	}

	@EventListener
	void on(PhaseOpened event) {
		record(event);
	}

	@EventListener
	void on(PhaseClosed event) {
		record(event);
	}

	@EventListener
	void on(RiskProfileVersioned event) {
		record(event);
	}

	private void record(Object event) {
		told.add(new Told(event, TransactionSynchronizationManager.isActualTransactionActive()));
	}

	List<Told> all() {
		return List.copyOf(told);
	}
}
