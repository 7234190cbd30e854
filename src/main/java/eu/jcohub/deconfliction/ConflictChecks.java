package eu.jcohub.deconfliction;

import eu.jcohub.access.AccessPolicy;
import eu.jcohub.access.Visibility;
import eu.jcohub.shared.RecordChanged;
import eu.jcohub.deconfliction.internal.CheckNotices;
import eu.jcohub.deconfliction.internal.CheckRateLimit;
import eu.jcohub.deconfliction.internal.Deconfliction;
import eu.jcohub.operations.OperationPlan;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.shared.Forbidden;
import eu.jcohub.shared.InvalidInput;
import eu.jcohub.shared.NotFound;
import eu.jcohub.shared.OperationId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deconfliction's use cases: the conflicts a draft would create, the conflicts of an operation as they stand,
 * and recording how the owners resolved one. What a conflict says about another operation is reduced to what
 * calendar entries show for those who may not see its details: that it exists, how likely, the dates in common
 * and whom to call.
 */
@Service
public class ConflictChecks {

	/** More conflicts than this help no planner; the count of the rest is what matters then. */
	public static final int DEFAULT_LIMIT = 100;
	/** The longest note a resolution keeps, as its form allows. */
	static final int MAX_NOTE = 2000;

	private final Deconfliction deconfliction;
	private final OperationRegister register;
	private final AccessPolicy access;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final CheckRateLimit rateLimit;
	private final CheckNotices notices;

	ConflictChecks(Deconfliction deconfliction, OperationRegister register, AccessPolicy access,
			ApplicationEventPublisher events, Clock clock, CheckRateLimit rateLimit, CheckNotices notices) {
		this.deconfliction = deconfliction;
		this.rateLimit = rateLimit;
		this.notices = notices;
		this.register = register;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Conflicts a draft would create, at most {@code limit}; nothing of the draft is saved. Those with operations
	 * the user may see in detail come first, worst first; those with operations they may not see come after, told
	 * without their details ({@link Conflict#withoutHiddenDetails()}) and in an order that their details do not
	 * decide. Each check counts against the user's limit and is audited; the owners of an operation met without
	 * its details hear which organisation checked (once a day).
	 */
	@Transactional
	public List<Conflict> check(OperationPlan draft, @Nullable OperationId self, int limit) {
		var visibility = access.visibility();
		rateLimit.count(visibility.user().username());
		register.validate(draft);
		var conflicts = seenBy(deconfliction.check(draft, self == null ? OperationId.random() : self), visibility);
		var withheld = conflicts.stream().filter(Conflict::detailsWithheld).toList();
		audit(draft, self, conflicts.size(), withheld, visibility.user().organisation());
		return ordered(conflicts, limit);
	}

	/**
	 * The conflicts of an operation as they stand now, at most {@code limit}, ordered as {@link #check} orders
	 * them: part of its details, for those who may see them.
	 */
	public List<Conflict> conflictsOf(OperationId id, int limit) {
		var visibility = access.visibility();
		var operation = register.find(id);
		if (!operation.detailsVisible()) {
			throw Forbidden.because("access.details.refused",
					"Only the organiser, the participants and the coordination secretariat may see this.");
		}
		return ordered(seenBy(deconfliction.check(operation.plan(), id), visibility), limit);
	}

	/**
	 * The operation's recorded conflicts as figures count them (the other operation, the resolution): for aggregates
	 * shown only to those who see the operation's details, so it asks no right of its own.
	 */
	public List<ConflictOutcome> outcomesOf(OperationId id) {
		return deconfliction.recordedOf(id).entrySet().stream()
			.map(entry -> new ConflictOutcome(entry.getKey(), entry.getValue().orElse(null)))
			.toList();
	}

	/** Records how the owners dealt with a conflict between two operations. */
	@Transactional
	public void resolve(OperationId id, OperationId other, Resolution.@Nullable Kind kind, @Nullable String note) {
		var visibility = access.visibility();
		var operation = register.find(id);
		if (!operation.changeable()) {
			throw Forbidden.because(DeconflictionRules.RESOLVE.refusalKey(), "You may not resolve this conflict.");
		}
		if (!deconfliction.conflictRecorded(id, other)) {
			throw new NotFound("Conflict with operation", other);
		}
		var errors = new InvalidInput.Collector();
		if (kind == null) {
			errors.reject("kind", "form.error.required");
		}
		if (note == null || note.isBlank()) {
			errors.reject("note", "say why: who agreed what");
		}
		errors.text("note", note, MAX_NOTE);
		errors.throwIfAny();
		var resolution = new Resolution(kind, note.strip(), visibility.user().username(), Instant.now(clock));
		deconfliction.resolve(id, other, resolution);
		events.publishEvent(new ConflictResolved(id, other, kind));
		events.publishEvent(RecordChanged.of(DeconflictionAuditVocabulary.CONFLICT, id + "/" + other,
				DeconflictionAuditVocabulary.RESOLVED, Map.of("resolution", kind.name(), "note", note.strip()))
			.ownedBy(operation.plan().organiser())
			.labelled(operation.plan().name() + " ↔ " + register.circle(other).name()));
	}

	/** Each conflict as the user may be told it: in full, or without the other operation's details. */
	private List<Conflict> seenBy(List<Conflict> conflicts, Visibility visibility) {
		var today = LocalDate.now(clock);
		var hidden = register.circles(conflicts.stream().map(Conflict::operationId).collect(Collectors.toSet()))
			.stream()
			.filter(other -> !visibility.canSeeDetails(other.asRecord(today)))
			.map(other -> other.id())
			.collect(Collectors.toSet());
		return conflicts.stream()
			.map(conflict -> hidden.contains(conflict.operationId()) ? conflict.withoutHiddenDetails() : conflict)
			.toList();
	}

	/**
	 * Conflicts told in full first, worst first; then those told without details, likely before possible, by name:
	 * nothing the reader may not see moves them up or down, or out of the first {@code limit}.
	 */
	static List<Conflict> ordered(List<Conflict> conflicts, int limit) {
		var inFull = conflicts.stream().filter(conflict -> !conflict.detailsWithheld())
			.sorted(Comparator.comparing((Conflict conflict) -> conflict.score() == null ? 0 : conflict.score())
				.reversed()
				.thenComparing(Conflict::name))
			.toList();
		var withheld = conflicts.stream().filter(Conflict::detailsWithheld)
			.sorted(Comparator.comparing(Conflict::level).reversed()
				.thenComparing(Conflict::name)
				.thenComparing(conflict -> conflict.operationId().toString()))
			.toList();
		return java.util.stream.Stream.concat(inFull.stream(), withheld.stream()).limit(limit).toList();
	}

	/**
	 * The check in the audit trail, and for each operation met without its details an entry in its owner's trail;
	 * its owners are told once a day per checking organisation.
	 */
	private void audit(OperationPlan draft, @Nullable OperationId self, int found, List<Conflict> withheld,
			String checkedBy) {
		events.publishEvent(RecordChanged.of(DeconflictionAuditVocabulary.CONFLICT_CHECK,
				self == null ? DeconflictionAuditVocabulary.DRAFT : self.toString(), DeconflictionAuditVocabulary.CHECKED,
				Map.of("conflicts", found, "withheld", withheld.size()))
			.labelled(draft.name()));
		var today = LocalDate.now(clock);
		for (var conflict : withheld) {
			events.publishEvent(RecordChanged.of(DeconflictionAuditVocabulary.CONFLICT_CHECK,
					conflict.operationId().toString(), DeconflictionAuditVocabulary.MET, Map.of("checkedBy", checkedBy))
				.ownedBy(conflict.organiser())
				.labelled(conflict.name()));
			if (notices.firstOfTheDay(conflict.operationId(), checkedBy, today)) {
				events.publishEvent(new OperationMetByCheck(conflict.operationId(), conflict.name(),
						conflict.organiser(), checkedBy));
			}
		}
	}
}
