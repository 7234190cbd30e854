package eu.jcohub.operations.deconfliction;

import eu.jcohub.operations.Conflict;
import eu.jcohub.operations.ConflictFound;
import eu.jcohub.operations.OperationPlan;
import eu.jcohub.operations.OperationRevised;
import eu.jcohub.operations.OperationTabled;
import eu.jcohub.operations.Resolution;
import eu.jcohub.operations.internal.Operation;
import eu.jcohub.operations.internal.Operations;
import eu.jcohub.reference.ReferenceData;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Checks operations against each other. Holds the in-memory index and keeps it in step with the database:
 * at start it loads every operation; after each local change, before each check and every few seconds it
 * reads what changed since (by change number, which covers other instances too).
 */
@Service
public class Deconfliction {

	private static final Logger log = LoggerFactory.getLogger(Deconfliction.class);
	private final Operations operations;
	private final StoredConflicts stored;
	private final ApplicationEventPublisher events;
	private final Vocabulary vocabulary;
	private final DeconflictionIndex index;
	private volatile long seenChange = 0;

	Deconfliction(Operations operations, StoredConflicts stored, ReferenceData reference,
			DeconflictionSettings settings, ApplicationEventPublisher events) {
		this.operations = operations;
		this.stored = stored;
		this.events = events;
		this.vocabulary = vocabularyOf(reference);
		this.index = new DeconflictionIndex(new ConflictScorer(settings, vocabulary));
		catchUp();
		log.info("Deconfliction index holds {} operations", index.size());
	}

	/**
	 * The {@code limit} worst conflicts of a plan with every other operation; {@code self} is the plan's own
	 * operation, if saved.
	 */
	public List<Conflict> check(OperationPlan plan, UUID self, int limit) {
		catchUp();
		return toConflicts(self,
				index.conflictsWith(IndexedOperation.of(self, Long.MAX_VALUE, plan, vocabulary), limit));
	}

	/**
	 * Re-checks a saved operation inside the transaction that changed it: records its conflicts and announces
	 * the ones that are new.
	 */
	public List<Conflict> recheck(Operation operation) {
		catchUp();
		var found = index.conflictsWith(IndexedOperation.of(operation.id(), Long.MAX_VALUE, operation.plan(), vocabulary));
		var fresh = stored.replace(operation.id(), found);
		var conflicts = toConflicts(operation.id(), found);
		for (var conflict : conflicts) {
			if (fresh.contains(conflict.operationId())) {
				events.publishEvent(new ConflictFound(operation.id(), operation.plan().name(),
						operation.plan().organiser(), conflict.operationId(), conflict.name(), conflict.organiser(),
						conflict.score(), conflict.reasons().stream().map(r -> r.detail()).collect(Collectors.joining("; "))));
			}
		}
		return conflicts;
	}

	public void resolve(UUID operation, UUID other, Resolution resolution) {
		stored.resolve(operation, other, resolution);
	}

	public boolean conflictRecorded(UUID operation, UUID other) {
		return stored.exists(operation, other);
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(OperationTabled event) {
		catchUp();
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(OperationRevised event) {
		catchUp();
	}

	@Scheduled(fixedDelayString = "${jcohub.deconfliction.poll-interval:2s}")
	void poll() {
		catchUp();
	}

	/** Reads every operation changed since the last catch-up into the index. */
	public synchronized void catchUp() {
		operations.changesSince(seenChange,
				operation -> index.put(IndexedOperation.of(operation.id(), operation.version(), operation.plan(), vocabulary)),
				last -> seenChange = last);
	}

	public int indexedOperations() {
		return index.size();
	}

	private List<Conflict> toConflicts(UUID self, List<ScoredConflict> found) {
		Map<UUID, Resolution> resolutions = found.isEmpty() ? Map.of() : stored.resolutionsOf(self);
		return found.stream().map(conflict -> {
			var other = conflict.operation();
			return new Conflict(other.id(), other.name(), other.organiser(), conflict.score(),
					List.copyOf(conflict.reasons()), resolutions.get(other.id()));
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
