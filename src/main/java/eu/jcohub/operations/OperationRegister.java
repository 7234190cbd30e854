package eu.jcohub.operations;

import eu.jcohub.access.AccessPolicy;
import eu.jcohub.access.Visibility;
import eu.jcohub.audit.RecordChanged;
import eu.jcohub.operations.deconfliction.Deconfliction;
import eu.jcohub.operations.internal.Operation;
import eu.jcohub.operations.internal.Operations;
import eu.jcohub.operations.internal.PlanValidator;
import eu.jcohub.shared.DomainRuleViolation;
import eu.jcohub.shared.InvalidInput;
import eu.jcohub.shared.NotFound;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordination calendar's use cases: table an operation, revise it, read it as the user may, list and
 * filter, and deal with its conflicts. Every read and change goes through the access policy.
 */
@Service
public class OperationRegister {

	/** More conflicts than this help no planner; the count of the rest is what matters then. */
	public static final int DEFAULT_CONFLICT_LIMIT = 100;

	private final Operations operations;
	private final PlanValidator validator;
	private final Deconfliction deconfliction;
	private final AccessPolicy access;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	OperationRegister(Operations operations, PlanValidator validator, Deconfliction deconfliction, AccessPolicy access,
			ApplicationEventPublisher events, Clock clock) {
		this.operations = operations;
		this.validator = validator;
		this.deconfliction = deconfliction;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	/** Enters a new operation in the calendar and records the conflicts it creates. */
	@Transactional
	public OperationView table(OperationPlan plan) {
		var visibility = access.visibility();
		visibility.requireCreateFor(plan.organiser());
		validator.check(plan);
		operations.lockForWriting();
		refuseDuplicateExternalId(plan, null);
		var operation = Operation.table(plan, LocalDate.now(clock));
		operations.insert(operation, visibility.user().username());
		events.publishEvent(RecordChanged.created("operation", operation.id().toString(), operation.auditState())
			.ownedBy(plan.organiser()));
		events.publishEvent(new OperationTabled(operation.id(), plan.name(), plan.organiser()));
		deconfliction.recheck(operation);
		return view(operation, visibility);
	}

	/** Replaces an operation's plan; {@code expectedVersion}, when given, guards against lost updates. */
	@Transactional
	public OperationView revise(UUID id, OperationPlan plan, @Nullable Long expectedVersion) {
		var visibility = access.visibility();
		var operation = load(id);
		visibility.requireChange(operation.protectedRecord());
		if (!plan.organiser().equals(operation.plan().organiser())) {
			visibility.requireCreateFor(plan.organiser());
		}
		if (expectedVersion != null && expectedVersion != operation.version()) {
			throw new DomainRuleViolation("Operation " + operation.plan().name()
					+ " was changed by someone else in the meantime; reload it and apply your change again.");
		}
		validator.check(plan);
		operations.lockForWriting();
		refuseDuplicateExternalId(plan, id);
		var before = operation.auditState();
		operation.revise(plan);
		operations.update(operation);
		events.publishEvent(RecordChanged.updated("operation", id.toString(), before, operation.auditState())
			.ownedBy(plan.organiser()));
		events.publishEvent(new OperationRevised(id, plan.name(), plan.organiser()));
		deconfliction.recheck(operation);
		return view(operations.find(id).orElseThrow(), visibility);
	}

	/** Checks a plan's codes and texts without saving anything; names every wrong field. */
	public void validate(OperationPlan plan) {
		validator.check(plan);
	}

	/** One operation as the current user may see it; 404 if it does not exist. */
	public OperationView find(UUID id) {
		var visibility = access.visibility();
		return view(load(id), visibility);
	}

	/**
	 * Who belongs to the operation and when it runs, for other modules applying the access policy to their
	 * records of it. Not a read of the operation by the user: it reveals nothing by itself.
	 */
	public OperationCircle circle(UUID id) {
		return circles(Set.of(id)).stream().findFirst().orElseThrow(() -> new NotFound("Operation", id));
	}

	public List<OperationCircle> circles(Set<UUID> ids) {
		return operations.findAll(ids).stream().map(operation -> {
			var plan = operation.plan();
			return new OperationCircle(operation.id(), plan.name(), plan.organiser(), plan.countriesTakingPart(),
					plan.partnerOrganisations(), plan.firstPhase().start(), plan.lastPhase().end());
		}).toList();
	}

	/** The operation with this external id of another body's plan, if the calendar has it. */
	public Optional<OperationView> findByExternalId(String organiser, String externalId) {
		var visibility = access.visibility();
		return operations.findByExternalId(organiser, externalId).map(operation -> view(operation, visibility));
	}

	/**
	 * Operations matching the filter. Everyone sees every calendar entry; a filter on details (transport mode)
	 * only matches operations whose details the user may see, so it cannot reveal them.
	 */
	public List<OperationView> list(OperationFilter filter) {
		var visibility = access.visibility();
		return operations.search(filter).stream()
			.map(operation -> view(operation, visibility))
			.filter(view -> filter.transportMode() == null || view.detailsVisible())
			.toList();
	}

	/**
	 * The conflicts of an operation as they stand now, highest score first, at most {@code limit}: for those
	 * who may see the operation's details.
	 */
	public List<Conflict> conflictsOf(UUID id, int limit) {
		var visibility = access.visibility();
		var operation = load(id);
		visibility.requireDetails(operation.protectedRecord());
		return withoutHiddenDetails(deconfliction.check(operation.plan(), id, limit), visibility);
	}

	public List<Conflict> conflictsOf(UUID id) {
		return conflictsOf(id, DEFAULT_CONFLICT_LIMIT);
	}

	/** Conflicts a draft would create, highest score first, at most {@code limit}; nothing is saved. */
	public List<Conflict> check(OperationPlan draft, @Nullable UUID self, int limit) {
		var visibility = access.visibility();
		validator.check(draft);
		return withoutHiddenDetails(deconfliction.check(draft, self == null ? UUID.randomUUID() : self, limit),
				visibility);
	}

	/**
	 * Reasons about transport modes and locations describe the other operation's details: they are left out
	 * where the user may only see its calendar entry.
	 */
	private List<Conflict> withoutHiddenDetails(List<Conflict> conflicts, Visibility visibility) {
		var ids = conflicts.stream().map(Conflict::operationId).collect(java.util.stream.Collectors.toSet());
		var hidden = operations.findAll(ids).stream()
			.filter(other -> !visibility.canSeeDetails(other.protectedRecord()))
			.map(Operation::id)
			.collect(java.util.stream.Collectors.toSet());
		return conflicts.stream().map(conflict -> hidden.contains(conflict.operationId())
				? new Conflict(conflict.operationId(), conflict.name(), conflict.organiser(), conflict.score(),
						conflict.reasons().stream().filter(reason -> reason.dimension() != Dimension.TRANSPORT_MODES
								&& reason.dimension() != Dimension.LOCATIONS).toList(),
						conflict.resolution())
				: conflict).toList();
	}

	public List<Conflict> check(OperationPlan draft, @Nullable UUID self) {
		return check(draft, self, DEFAULT_CONFLICT_LIMIT);
	}

	/** Records how the owners dealt with a conflict between two operations. */
	@Transactional
	public void resolve(UUID id, UUID other, Resolution.Kind kind, String note) {
		var visibility = access.visibility();
		var operation = load(id);
		visibility.requireChange(operation.protectedRecord());
		if (!deconfliction.conflictRecorded(id, other)) {
			throw new NotFound("Conflict with operation", other);
		}
		if (note == null || note.isBlank()) {
			throw InvalidInput.of("note", "say why: who agreed what");
		}
		new InvalidInput.Collector().text("note", note, 2000).throwIfAny();
		var resolution = new Resolution(kind, note.strip(), visibility.user().username(), Instant.now(clock));
		deconfliction.resolve(id, other, resolution);
		events.publishEvent(RecordChanged.of("conflict", id + "/" + other, "RESOLVED",
				Map.of("resolution", kind.name(), "note", note.strip())).ownedBy(operation.plan().organiser()));
	}

	private Operation load(UUID id) {
		return operations.find(id).orElseThrow(() -> new NotFound("Operation", id));
	}

	private void refuseDuplicateExternalId(OperationPlan plan, @Nullable UUID self) {
		if (plan.externalId() == null) {
			return;
		}
		operations.findByExternalId(plan.organiser(), plan.externalId())
			.filter(existing -> !existing.id().equals(self))
			.ifPresent(existing -> {
				throw InvalidInput.of("externalId", "operation " + existing.plan().name() + " of " + plan.organiser()
						+ " already has the external id " + plan.externalId());
			});
	}

	private OperationView view(Operation operation, Visibility visibility) {
		var record = operation.protectedRecord();
		boolean details = visibility.canSeeDetails(record);
		var plan = details ? operation.plan() : calendarEntryOnly(operation.plan());
		return new OperationView(operation.id(), plan, operation.status(), operation.handlingCode().name(),
				operation.firstKnown(), operation.version(), details, visibility.canChange(record));
	}

	/** The calendar entry: name, organiser, dates, risk areas, participating countries, contact point. */
	private static OperationPlan calendarEntryOnly(OperationPlan plan) {
		return new OperationPlan(plan.name(), plan.type(), plan.organiser(), plan.leadCountry(), plan.participants(),
				java.util.Set.of(), plan.competence(), plan.domain(), plan.contactPoint(), null, plan.riskAreas(),
				java.util.Set.of(), java.util.Set.of(), plan.phases(), null);
	}
}
