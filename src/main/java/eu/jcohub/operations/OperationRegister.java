package eu.jcohub.operations;

import eu.jcohub.access.AccessPolicy;
import eu.jcohub.access.OperationCircle;
import eu.jcohub.access.Visibility;
import eu.jcohub.shared.RecordChanged;
import eu.jcohub.operations.internal.Operation;
import eu.jcohub.operations.internal.Operations;
import eu.jcohub.operations.internal.PlanValidator;
import eu.jcohub.shared.InvalidInput;
import eu.jcohub.shared.NotFound;
import eu.jcohub.shared.OperationId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordination calendar's use cases: table an operation, revise it, read it as the user may, list and
 * filter. Every read and change goes through the access policy; the operation raises its own events, which
 * modules following the calendar (deconfliction, exchange) handle within the same transaction or after it.
 */
@Service
public class OperationRegister {

	private final Operations operations;
	private final PlanValidator validator;
	private final AccessPolicy access;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	OperationRegister(Operations operations, PlanValidator validator, AccessPolicy access,
			ApplicationEventPublisher events, Clock clock) {
		this.operations = operations;
		this.validator = validator;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	/** Enters a new operation in the calendar, first known today. */
	@Transactional
	public OperationView table(OperationPlan plan) {
		return table(plan, LocalDate.now(clock));
	}

	/** Enters a new operation that the calendar has known of since {@code firstKnown} (e.g. from another body). */
	@Transactional
	public OperationView table(OperationPlan plan, LocalDate firstKnown) {
		return table(plan, firstKnown, null);
	}

	/**
	 * Enters a new operation made from a past one the user may see in detail ("use as template"): modules that
	 * keep parts of an operation (checklist, objectives …) copy theirs when they hear of it.
	 */
	@Transactional
	public OperationView tableFrom(OperationId source, OperationPlan plan) {
		var original = find(source);
		if (!original.detailsVisible()) {
			throw eu.jcohub.shared.Forbidden.because("access.details.refused",
					"Only the organiser, the participants and the coordination secretariat may see this.");
		}
		return table(plan, LocalDate.now(clock), source);
	}

	private OperationView table(OperationPlan plan, LocalDate firstKnown, @Nullable OperationId derivedFrom) {
		var visibility = access.visibility();
		OperationRules.require(visibility, OperationRules.TABLE, plan.organiser());
		validator.check(plan);
		operations.lockForWriting();
		refuseDuplicateExternalId(plan, null);
		var operation = Operation.table(plan, firstKnown, derivedFrom);
		operations.insert(operation, visibility.user().username());
		events.publishEvent(RecordChanged.created(OperationAuditVocabulary.OPERATION, operation.id().toString(),
				operation.auditState()).ownedBy(plan.organiser()).labelled(plan.name()));
		return view(operation, visibility);
	}

	/**
	 * Replaces an operation's plan, if the editor saw the version that stands now ({@code expectedVersion});
	 * otherwise {@link StaleVersion}.
	 */
	@Transactional
	public OperationView revise(OperationId id, OperationPlan plan, long expectedVersion) {
		var visibility = access.visibility();
		var operation = load(id);
		visibility.require(OperationRules.CHANGE, operation.protectedRecord());
		if (!plan.organiser().equals(operation.plan().organiser())) {
			OperationRules.require(visibility, OperationRules.TABLE, plan.organiser());
		}
		validator.check(plan);
		operations.lockForWriting();
		refuseDuplicateExternalId(plan, id);
		var before = operation.auditState();
		operation.revise(plan, expectedVersion);
		operations.update(operation);
		events.publishEvent(RecordChanged.updated(OperationAuditVocabulary.OPERATION, id.toString(), before,
				operation.auditState()).ownedBy(plan.organiser()).labelled(plan.name()));
		return view(load(id), visibility);
	}

	/**
	 * Calls off an operation of another body that its own calendar cancelled (the only step such an operation
	 * takes): it stays in the calendar as history, cancelled.
	 */
	@Transactional
	public OperationView cancelTabled(OperationId id, String reason) {
		var visibility = access.visibility();
		var operation = load(id);
		visibility.require(OperationRules.CHANGE, operation.protectedRecord());
		return move(operation, OperationStatus.CANCELLED, reason, clock.instant(), visibility);
	}

	/**
	 * Moves an operation in its lifecycle, by someone who may change it, if the lifecycle allows the step from where
	 * it stands. Only the planning module calls this: it owns the lifecycle's guards and its history, and every other
	 * module (and every user) asks it for a transition.
	 */
	@Transactional
	public OperationView moveTo(OperationId id, OperationStatus to, String reason) {
		return moveTo(id, to, reason, Instant.now(clock));
	}

	/**
	 * The same step, taken at an earlier moment: for histories entered after the fact (the demo's past operations).
	 * A step cannot be dated in the future.
	 */
	@Transactional
	public OperationView moveTo(OperationId id, OperationStatus to, String reason, Instant at) {
		if (at.isAfter(Instant.now(clock))) {
			throw new IllegalArgumentException("a lifecycle step cannot be dated in the future: " + at);
		}
		var visibility = access.visibility();
		var operation = load(id);
		visibility.require(OperationRules.CHANGE, operation.protectedRecord());
		return move(operation, to, reason, at, visibility);
	}

	/**
	 * The same step, taken for the execution of the operation by someone the planning module has found may run
	 * it (its OCU opening or closing a phase), who need not be allowed to change the plan. Only the planning module
	 * calls this.
	 */
	@Transactional
	public OperationView moveByExecution(OperationId id, OperationStatus to, String reason, Instant at) {
		if (at.isAfter(Instant.now(clock))) {
			throw new IllegalArgumentException("a lifecycle step cannot be dated in the future: " + at);
		}
		return move(load(id), to, reason, at, access.visibility());
	}

	/**
	 * Adds a country to an operation's participants because its administration accepted the organiser's invitation
	 * (the invitation is the organiser's consent, so the one accepting needs no right to change the plan). Only the
	 * planning module calls this, once it has checked that the invitation is the user's to answer.
	 */
	@Transactional
	public OperationView admit(OperationId id, String country) {
		var operation = load(id);
		if (operation.plan().countriesTakingPart().contains(country)) {
			return view(operation, access.visibility());
		}
		var participants = new java.util.TreeSet<>(operation.plan().participants());
		participants.add(country);
		return withParticipants(operation, participants);
	}

	/**
	 * Takes a country off an operation's participants because its administration declined the organiser's
	 * invitation, so that the calendar, the conflict checks and its details no longer count it in (the lead
	 * country stays). Only the planning module calls this, once it has checked that the invitation is the user's
	 * to answer.
	 */
	@Transactional
	public OperationView withdraw(OperationId id, String country) {
		var operation = load(id);
		if (!operation.plan().participants().contains(country)) {
			return view(operation, access.visibility());
		}
		var participants = new java.util.TreeSet<>(operation.plan().participants());
		participants.remove(country);
		return withParticipants(operation, participants);
	}

	private OperationView withParticipants(Operation operation, Set<String> participants) {
		var visibility = access.visibility();
		var id = operation.id();
		var plan = operation.plan();
		var revised = new OperationPlan(plan.name(), plan.type(), plan.organiser(), plan.leadCountry(), participants,
				plan.partnerOrganisations(), plan.competence(), plan.domain(), plan.contactPoint(), plan.externalId(),
				plan.riskAreas(), plan.transportModes(), plan.locations(), plan.phases(), plan.objectives());
		operations.lockForWriting();
		var before = operation.auditState();
		operation.revise(revised, operation.version());
		operations.update(operation);
		events.publishEvent(RecordChanged.updated(OperationAuditVocabulary.OPERATION, id.toString(), before,
				operation.auditState()).ownedBy(plan.organiser()).labelled(plan.name()));
		return view(load(id), visibility);
	}

	private OperationView move(Operation operation, OperationStatus to, String reason, Instant at,
			Visibility visibility) {
		operations.lockForWriting();
		var before = operation.auditState();
		operation.moveTo(to, reason, visibility.user().username(), at);
		operations.update(operation);
		var plan = operation.plan();
		events.publishEvent(RecordChanged.updated(OperationAuditVocabulary.OPERATION, operation.id().toString(),
				before, operation.auditState()).ownedBy(plan.organiser()).labelled(plan.name()));
		return view(load(operation.id()), visibility);
	}

	/**
	 * Refuses (403) whoever may not change the operation, before anything they sent is read: a refusal never
	 * depends on the input, and input errors are told only to those who may change it.
	 */
	public void requireChange(OperationId id) {
		access.visibility().require(OperationRules.CHANGE, load(id).protectedRecord());
	}

	/** Checks a plan's codes and texts without saving anything; names every wrong field. */
	public void validate(OperationPlan plan) {
		validator.check(plan);
	}

	/** One operation as the current user may see it; 404 if it does not exist. */
	public OperationView find(OperationId id) {
		var visibility = access.visibility();
		return view(load(id), visibility);
	}

	/**
	 * Who belongs to the operation and when it runs, for other modules applying the access policy to their
	 * records of it. Not a read of the operation by the user: it reveals nothing by itself.
	 */
	public OperationCircle circle(OperationId id) {
		return circles(Set.of(id)).stream().findFirst().orElseThrow(() -> new NotFound("Operation", id));
	}

	public List<OperationCircle> circles(Set<OperationId> ids) {
		return operations.findAll(ids).stream().map(OperationRegister::circleOf).toList();
	}

	/**
	 * The operation as the current user may see it and its circle, from one read: for a module that decides its rule
	 * on the circle and then uses the plan (a field report checked against the operation's locations and phases).
	 * 404 if it does not exist.
	 */
	public Circled findCircled(OperationId id) {
		var operation = load(id);
		return new Circled(view(operation, access.visibility()), circleOf(operation));
	}

	/** An operation as the current user may see it, with who belongs to it. */
	public record Circled(OperationView view, OperationCircle circle) {
	}

	private static OperationCircle circleOf(Operation operation) {
		var plan = operation.plan();
		return new OperationCircle(operation.id(), plan.name(), plan.organiser(), plan.countriesTakingPart(),
				plan.partnerOrganisations(), plan.firstPhase().start(), plan.lastPhase().end());
	}

	/**
	 * Which of the operations the current user may see in detail ({@link OperationView#detailsVisible}), decided by
	 * the same rule for all of them at once and read in one query: for figures over thousands of operations.
	 */
	public Set<OperationId> withDetailsVisible(Collection<OperationId> ids) {
		var visibility = access.visibility();
		return operations.protectedRecords(ids).stream().filter(visibility::canSeeDetails)
			.map(record -> java.util.Objects.requireNonNull(record.operationId()))
			.collect(java.util.stream.Collectors.toSet());
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
			.filter(view -> filter.transportMode() == null || view.planVisible())
			.toList();
	}

	/**
	 * Every operation saved after the change number, oldest change first, for modules that keep a copy of the
	 * calendar in step (across instances too); returns the last change number read.
	 */
	public long changesSince(long changeNumber, Consumer<PlannedOperation> consumer) {
		return operations.changesSince(changeNumber,
				operation -> consumer.accept(new PlannedOperation(operation.id(), operation.version(), operation.plan(),
						operation.status() == OperationStatus.CANCELLED)),
				last -> { });
	}

	/**
	 * Every operation's calendar entry saved after the change number, oldest change first, with its status and since
	 * when it is known: for modules that keep figures of the calendar in step; returns the last change number read.
	 */
	public long entriesSince(long changeNumber, Consumer<OperationEntry> consumer) {
		return operations.changesSince(changeNumber, operation -> consumer.accept(entry(operation)), last -> { });
	}

	/** One operation's calendar entry as it stands now, for the same modules; empty if there is no such operation. */
	public Optional<OperationEntry> entry(OperationId id) {
		return operations.find(id).map(OperationRegister::entry);
	}

	private static OperationEntry entry(Operation operation) {
		return new OperationEntry(operation.id(), operation.version(), operation.plan().calendarEntry(),
				operation.status(), operation.firstKnown());
	}

	private Operation load(OperationId id) {
		return operations.find(id).orElseThrow(() -> new NotFound("Operation", id));
	}

	private void refuseDuplicateExternalId(OperationPlan plan, @Nullable OperationId self) {
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
		boolean asPartner = visibility.readsAsPartner(OperationRules.READ, record);
		var plan = details || asPartner ? operation.plan() : operation.plan().calendarEntry();
		return new OperationView(operation.id(), plan, operation.status(), operation.handlingCode().name(),
				operation.firstKnown(), operation.version(), details, visibility.allows(OperationRules.CHANGE, record),
				asPartner);
	}
}
