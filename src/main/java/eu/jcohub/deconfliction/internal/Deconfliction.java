package eu.jcohub.deconfliction.internal;

import eu.jcohub.deconfliction.Conflict;
import eu.jcohub.deconfliction.ConflictFound;
import eu.jcohub.deconfliction.Resolution;
import eu.jcohub.operations.OperationPlan;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationRevised;
import eu.jcohub.operations.OperationTabled;
import eu.jcohub.operations.PlannedOperation;
import eu.jcohub.reference.ReferenceData;
import eu.jcohub.shared.OperationId;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Checks operations against each other. Holds the in-memory index and keeps it in step with the calendar: at
 * start it loads every operation; after each local change, before each check and every few seconds it reads what
 * changed since (by change number, which covers other instances too). A tabled or revised operation is re-checked
 * inside the transaction that saved it, so its conflicts are recorded with it.
 */
@Service
public class Deconfliction {

	private static final Logger log = LoggerFactory.getLogger(Deconfliction.class);
	private final OperationRegister register;
	private final StoredConflicts stored;
	private final ApplicationEventPublisher events;
	private final Vocabulary vocabulary;
	private final DeconflictionIndex index;
	private final ConflictScorer scorer;
	private volatile long seenChange = 0;

	Deconfliction(OperationRegister register, StoredConflicts stored, ReferenceData reference,
			DeconflictionSettings settings, ApplicationEventPublisher events) {
		this.register = register;
		this.stored = stored;
		this.events = events;
		this.vocabulary = vocabularyOf(reference);
		this.scorer = new ConflictScorer(settings, vocabulary);
		this.index = new DeconflictionIndex(scorer);
		catchUp();
		log.info("Deconfliction index holds {} operations", index.size());
	}

	/**
	 * Every conflict of a plan with every other operation, worst first; {@code self} is the plan's own operation,
	 * if saved. All of them, not the worst few: which of them may be told in full depends on the reader, and
	 * cutting the list by score first would let the hidden scores decide what the reader is told.
	 */
	public List<Conflict> check(OperationPlan plan, OperationId self) {
		catchUp();
		var checked = IndexedOperation.of(self, Long.MAX_VALUE, plan, vocabulary);
		return toConflicts(checked, index.conflictsWith(checked));
	}

	@EventListener
	void recheck(OperationTabled tabled) {
		recheck(new PlannedOperation(tabled.operationId(), tabled.version(), tabled.plan(), false));
	}

	@EventListener
	void recheck(OperationRevised revised) {
		recheck(new PlannedOperation(revised.operationId(), revised.version(), revised.plan(), false));
	}

	/** Records a saved operation's conflicts and announces the ones that are new. */
	private void recheck(PlannedOperation operation) {
		catchUp();
		var plan = operation.plan();
		var checked = IndexedOperation.of(operation.id(), Long.MAX_VALUE, plan, vocabulary);
		var found = index.conflictsWith(checked);
		var fresh = stored.replace(operation.id(), found);
		for (var conflict : toConflicts(checked, found)) {
			if (fresh.contains(conflict.operationId())) {
				events.publishEvent(new ConflictFound(operation.id(), plan.name(), plan.organiser(), plan.contactPoint(),
						conflict.operationId(), conflict.name(), conflict.organiser(), conflict.contactPoint(),
						conflict.score(), conflict.reasons(), conflict.calendarLevel()));
			}
		}
	}

	public void resolve(OperationId operation, OperationId other, Resolution resolution) {
		stored.resolve(operation, other, resolution);
	}

	/** The operations recorded in conflict with this one, each with its resolution's kind if there is one. */
	public java.util.Map<OperationId, java.util.Optional<Resolution.Kind>> recordedOf(OperationId operation) {
		return stored.recordedOf(operation);
	}

	public boolean conflictRecorded(OperationId operation, OperationId other) {
		return stored.exists(operation, other);
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void caughtUpAfter(OperationTabled event) {
		catchUp();
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void caughtUpAfter(OperationRevised event) {
		catchUp();
	}

	@Scheduled(fixedDelayString = "${jcohub.deconfliction.poll-interval:2s}")
	void poll() {
		catchUp();
	}

	/** Reads every operation changed since the last catch-up into the index; a cancelled one leaves it. */
	public synchronized void catchUp() {
		seenChange = register.changesSince(seenChange, operation -> {
			if (operation.cancelled()) {
				index.remove(operation.id());
			}
			else {
				index.put(IndexedOperation.of(operation.id(), operation.version(), operation.plan(), vocabulary));
			}
		});
	}

	public int indexedOperations() {
		return index.size();
	}

	private List<Conflict> toConflicts(IndexedOperation self, List<ScoredConflict> found) {
		Map<OperationId, Resolution> resolutions = found.isEmpty() ? Map.of() : stored.resolutionsOf(self.id());
		return found.stream().map(conflict -> {
			var other = conflict.operation();
			return Conflict.of(other.id(), other.name(), other.organiser(), other.contactPoint(), conflict.score(),
					List.copyOf(conflict.reasons()), resolutions.get(other.id()), scorer.calendarLevel(self, other));
		}).toList();
	}

	static Vocabulary vocabularyOf(ReferenceData reference) {
		var vocabulary = new Vocabulary();
		reference.countries().forEach(country -> vocabulary.define(country.code(), country.name(), null));
		reference.organisations().forEach(organisation -> vocabulary.define(organisation.code(), organisation.name(), null));
		reference.riskAreas().forEach(area -> vocabulary.define(area.code(), area.name(), area.parent()));
		reference.transportModes().forEach(mode -> vocabulary.define(mode.code(), mode.name(), mode.parent()));
		reference.locations().forEach(location -> vocabulary.define(location.code(),
				location.name() + " (" + location.code() + ")", location.country()));
		return vocabulary;
	}
}
