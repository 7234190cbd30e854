package eu.jcohub.seizures;

import eu.jcohub.access.AccessPolicy;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationStatus;
import eu.jcohub.operations.OperationStatusChanged;
import eu.jcohub.planning.Lifecycle;
import eu.jcohub.shared.InvalidInput;
import eu.jcohub.shared.OperationId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operational phases of an operation, opened and closed by its OCU. The operation's lifecycle moves through
 * the planning module (its guards apply); the phases this module keeps follow every move into and out of an
 * operational phase, whoever took it, in the same transaction.
 */
@Service
public class Phases {

	private final PhaseStore store;
	private final Lifecycle lifecycle;
	private final OperationRegister operations;
	private final AccessPolicy access;
	private final RiskProfiles profiles;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Phases(PhaseStore store, Lifecycle lifecycle, OperationRegister operations, AccessPolicy access,
			RiskProfiles profiles, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.lifecycle = lifecycle;
		this.operations = operations;
		this.access = access;
		this.profiles = profiles;
		this.events = events;
		this.clock = clock;
	}

	/** The operation's phases so far, for those who may see its details. */
	public List<ReportingPhase> of(OperationId operationId) {
		access.visibility().requireDetails(operations.circle(operationId).asRecord(java.time.LocalDate.now(clock)));
		return store.of(operationId);
	}

	/** Whether the user runs the operation's phases (its OCU). */
	public boolean mayRun(OperationId operationId) {
		return access.visibility().allows(SeizureRules.RUN_PHASES, SeizureRules.asExecuted(operations.circle(operationId)));
	}

	/** Refuses (403) whoever is not the operation's OCU. */
	public void requireRun(OperationId operationId) {
		access.visibility().require(SeizureRules.RUN_PHASES, SeizureRules.asExecuted(operations.circle(operationId)));
	}

	/**
	 * Opens phase {@code number}, which must be the next one: the operation becomes operational. Refused (403) to
	 * anyone but the operation's OCU; a number that is not the next phase (422); a step the lifecycle or its
	 * guards refuse (409).
	 */
	@Transactional
	public ReportingPhase open(OperationId operationId, int number, String reason) {
		requireRun(operationId);
		int next = store.of(operationId).size() + 1;
		if (number != next) {
			throw InvalidInput.of("phase", "the next phase to open is phase " + next);
		}
		lifecycle.openPhase(operationId, reason, Instant.now(clock), true);
		return store.find(operationId, number).orElseThrow();
	}

	/** Closes phase {@code number}, which must be the one open: into the review break, or after the last phase, the debriefing. */
	@Transactional
	public ReportingPhase close(OperationId operationId, int number, String reason) {
		requireRun(operationId);
		var open = store.of(operationId).stream().filter(ReportingPhase::open).findFirst()
			.orElseThrow(() -> InvalidInput.of("phase", "no phase is open"));
		if (open.number() != number) {
			throw InvalidInput.of("phase", "the phase open is phase " + open.number());
		}
		lifecycle.closePhase(operationId, reason, Instant.now(clock), true);
		return store.find(operationId, number).orElseThrow();
	}

	/** Keeps the phases in step with the lifecycle, whoever moved it, and tells the other modules. */
	@EventListener
	void on(OperationStatusChanged changed) {
		var operation = changed.operationId();
		if (changed.to() == OperationStatus.OPERATIONAL && changed.from() != OperationStatus.OPERATIONAL) {
			int phase = store.open(operation, changed.at());
			profiles.carryOver(operation, phase);
			events.publishEvent(new PhaseOpened(operation, phase, changed.at()));
		}
		else if (changed.from() == OperationStatus.OPERATIONAL && changed.to() != OperationStatus.OPERATIONAL) {
			store.close(operation, changed.at()).ifPresent(phase -> events.publishEvent(
					new PhaseClosed(operation, phase, changed.at(), changed.to() != OperationStatus.REVIEW_BREAK)));
		}
	}
}
