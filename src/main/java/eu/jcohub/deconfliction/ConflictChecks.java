package eu.jcohub.deconfliction;

import eu.jcohub.access.AccessPolicy;
import eu.jcohub.access.Visibility;
import eu.jcohub.shared.RecordChanged;
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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deconfliction's use cases: the conflicts a draft would create, the conflicts of an operation as they stand,
 * and recording how the owners resolved one. What a conflict says about another operation is reduced to its
 * calendar entry for those who may not see its details.
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

	ConflictChecks(Deconfliction deconfliction, OperationRegister register, AccessPolicy access,
			ApplicationEventPublisher events, Clock clock) {
		this.deconfliction = deconfliction;
		this.register = register;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	/** Conflicts a draft would create, highest score first, at most {@code limit}; nothing is saved. */
	public List<Conflict> check(OperationPlan draft, @Nullable OperationId self, int limit) {
		var visibility = access.visibility();
		register.validate(draft);
		return withoutHiddenDetails(deconfliction.check(draft, self == null ? OperationId.random() : self, limit),
				visibility);
	}

	/**
	 * The conflicts of an operation as they stand now, highest score first, at most {@code limit}: part of its
	 * details, for those who may see them.
	 */
	public List<Conflict> conflictsOf(OperationId id, int limit) {
		var visibility = access.visibility();
		var operation = register.find(id);
		if (!operation.detailsVisible()) {
			throw Forbidden.because("access.details.refused",
					"Only the organiser, the participants and the coordination secretariat may see this.");
		}
		return withoutHiddenDetails(deconfliction.check(operation.plan(), id, limit), visibility);
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
		events.publishEvent(RecordChanged.of(DeconflictionAuditVocabulary.CONFLICT, id + "/" + other,
				DeconflictionAuditVocabulary.RESOLVED, Map.of("resolution", kind.name(), "note", note.strip()))
			.ownedBy(operation.plan().organiser())
			.labelled(operation.plan().name() + " ↔ " + register.circle(other).name()));
	}

	/**
	 * Reasons about transport modes and locations describe the other operation's details: they are left out
	 * where the user may only see its calendar entry.
	 */
	private List<Conflict> withoutHiddenDetails(List<Conflict> conflicts, Visibility visibility) {
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
}
