package eu.jcohub.planning;

import static eu.jcohub.operations.OperationStatus.BUSINESS_CASE;
import static eu.jcohub.operations.OperationStatus.FUNDING;
import static eu.jcohub.operations.OperationStatus.PROPOSAL;

import eu.jcohub.access.AccessPolicy;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationStatusChanged;
import eu.jcohub.operations.OperationView;
import eu.jcohub.planning.internal.BusinessCaseStore;
import eu.jcohub.reference.ReferenceData;
import eu.jcohub.shared.DomainRuleViolation;
import eu.jcohub.shared.InvalidInput;
import eu.jcohub.shared.OperationId;
import eu.jcohub.shared.RecordChanged;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Business cases: written by those who plan the operation while it is a proposal, submitted by moving it to
 * "business case", approved (moving it on to funding) or returned with comments (back to proposal) by the
 * coordination secretariat. Its state follows those steps, in the same transaction.
 */
@Service
public class BusinessCases {

	static final int MAX_TEXT = 4000;

	private final BusinessCaseStore store;
	private final OperationRegister register;
	private final ReferenceData reference;
	private final AccessPolicy access;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	BusinessCases(BusinessCaseStore store, OperationRegister register, ReferenceData reference, AccessPolicy access,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.register = register;
		this.reference = reference;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	/** The business case as written, if any: part of the operation's details. */
	public Optional<BusinessCase> find(OperationId id) {
		Planning.requireDetails(register.find(id));
		return store.find(id);
	}

	/** The business case as written, or a new one filled in from the operation's plan. */
	public BusinessCase current(OperationId id) {
		var operation = register.find(id);
		Planning.requireDetails(operation);
		return store.find(id).orElseGet(() -> fromPlan(operation));
	}

	/**
	 * Saves the business case while the operation is a proposal. It may stay incomplete until it is submitted; each
	 * unreadable or unknown value is named and nothing is saved.
	 */
	@Transactional
	public BusinessCase save(OperationId id, BusinessCaseDraft draft) {
		var operation = register.find(id);
		Objectives.requirePlanning(operation);
		var existing = store.find(id);
		if (operation.status() != PROPOSAL || existing.map(business -> !business.editable()).orElse(false)) {
			throw new DomainRuleViolation("The business case of " + operation.plan().name()
					+ " is with the secretariat or approved; it changes only when it is returned.");
		}
		var state = existing.map(BusinessCase::state).orElse(BusinessCase.State.DRAFT);
		var business = checked(id, draft, state, existing.orElse(null));
		store.save(business, access.currentUser().username(), Instant.now(clock));
		events.publishEvent(RecordChanged.of(PlanningAuditVocabulary.BUSINESS_CASE, id.toString(),
				existing.isEmpty() ? eu.jcohub.shared.AuditAction.CREATED : eu.jcohub.shared.AuditAction.UPDATED,
				auditState(business)).ownedBy(operation.plan().organiser()).labelled(operation.plan().name()));
		return business;
	}

	/** Submission, approval and return are lifecycle steps; the business case follows them. */
	@EventListener
	void on(OperationStatusChanged changed) {
		if (changed.from() != PROPOSAL && changed.from() != BUSINESS_CASE) {
			return;
		}
		var business = store.find(changed.operationId());
		if (business.isEmpty()) {
			return;
		}
		var current = business.get();
		BusinessCase next = null;
		if (changed.from() == PROPOSAL && changed.to() == BUSINESS_CASE) {
			next = withState(current, BusinessCase.State.SUBMITTED, current.reviewComments(), current.reviewedBy(),
					current.reviewedAt());
		}
		else if (changed.from() == BUSINESS_CASE && changed.to() == FUNDING) {
			next = withState(current, BusinessCase.State.APPROVED, blankToNull(changed.reason()), changed.by(),
					changed.at());
		}
		else if (changed.from() == BUSINESS_CASE && changed.to() == PROPOSAL) {
			next = withState(current, BusinessCase.State.RETURNED, blankToNull(changed.reason()), changed.by(),
					changed.at());
		}
		if (next != null) {
			store.save(next, changed.by(), changed.at());
		}
	}

	private BusinessCase fromPlan(OperationView operation) {
		var plan = operation.plan();
		return new BusinessCase(operation.id(), null, null, plan.objectives(), plan.countriesTakingPart(), plan.riskAreas(),
				plan.transportModes(), null, plan.firstPhase().start(), plan.lastPhase().end(), BusinessCase.State.DRAFT,
				null, null, null);
	}

	private BusinessCase checked(OperationId id, BusinessCaseDraft draft, BusinessCase.State state,
			@Nullable BusinessCase existing) {
		var errors = new InvalidInput.Collector();
		var threatBasis = text(draft.threatBasis(), "threatBasis", errors);
		var threatAssessment = text(draft.threatAssessment(), "threatAssessment", errors);
		var objectives = text(draft.objectives(), "objectives", errors);
		draft.expectedParticipants().stream().filter(code -> reference.country(code).isEmpty()).findFirst()
			.ifPresent(code -> errors.reject("expectedParticipants", "unknown country " + Planning.shown(code)));
		draft.riskAreas().stream().filter(code -> reference.riskArea(code).isEmpty()).findFirst()
			.ifPresent(code -> errors.reject("riskAreas", "unknown risk area " + Planning.shown(code)));
		draft.transportModes().stream().filter(code -> reference.transportMode(code).isEmpty()).findFirst()
			.ifPresent(code -> errors.reject("transportModes", "unknown transport mode " + Planning.shown(code)));
		var budget = budget(draft.budgetEstimateEur(), errors);
		var start = day(draft.plannedStart(), "plannedStart", errors);
		var end = day(draft.plannedEnd(), "plannedEnd", errors);
		if (start != null && end != null && end.isBefore(start)) {
			errors.reject("plannedEnd", "the planned end lies before the planned start");
		}
		errors.throwIfAny();
		return new BusinessCase(id, threatBasis, threatAssessment, objectives, draft.expectedParticipants(),
				draft.riskAreas(), draft.transportModes(), budget, start, end, state,
				existing == null ? null : existing.reviewComments(), existing == null ? null : existing.reviewedBy(),
				existing == null ? null : existing.reviewedAt());
	}

	private static @Nullable String text(@Nullable String text, String field, InvalidInput.Collector errors) {
		if (!eu.jcohub.shared.Texts.storable(text)) {
			errors.reject(field, eu.jcohub.shared.Texts.NUL);
			return null;
		}
		var cleaned = blankToNull(text);
		if (cleaned != null && cleaned.length() > MAX_TEXT) {
			errors.reject(field, "at most " + MAX_TEXT + " characters");
		}
		return cleaned;
	}

	private static @Nullable BigDecimal budget(@Nullable String text, InvalidInput.Collector errors) {
		var cleaned = blankToNull(text);
		if (cleaned != null && cleaned.length() > 40) {
			errors.reject("budgetEstimateEur", "an amount in euro, e.g. 250000");
			return null;
		}
		if (cleaned == null) {
			return null;
		}
		try {
			var amount = new BigDecimal(cleaned.replace(" ", "").replace(',', '.'));
			if (amount.signum() < 0 || amount.scale() > 2 || amount.compareTo(new BigDecimal("1000000000000")) >= 0) {
				errors.reject("budgetEstimateEur", "an amount in euro, at least zero, with at most two decimals");
				return null;
			}
			return Planning.plain(amount);
		}
		catch (NumberFormatException e) {
			errors.reject("budgetEstimateEur", "an amount in euro, e.g. 250000");
			return null;
		}
	}

	private static @Nullable LocalDate day(@Nullable String text, String field, InvalidInput.Collector errors) {
		var cleaned = blankToNull(text);
		if (cleaned == null) {
			return null;
		}
		try {
			return LocalDate.parse(cleaned);
		}
		catch (DateTimeParseException e) {
			errors.reject(field, "a date like 2026-03-01");
			return null;
		}
	}

	private static BusinessCase withState(BusinessCase business, BusinessCase.State state, @Nullable String comments,
			@Nullable String by, @Nullable Instant at) {
		return new BusinessCase(business.operationId(), business.threatBasis(), business.threatAssessment(),
				business.objectives(), business.expectedParticipants(), business.riskAreas(), business.transportModes(),
				business.budgetEstimateEur(), business.plannedStart(), business.plannedEnd(), state, comments, by, at);
	}

	private static Map<String, Object> auditState(BusinessCase business) {
		var state = new LinkedHashMap<String, Object>();
		state.put("state", business.state().name());
		state.put("threatAssessment", String.valueOf(business.threatAssessment()));
		state.put("expectedParticipants", String.join(",", Set.copyOf(business.expectedParticipants())));
		state.put("riskAreas", String.join(",", business.riskAreas()));
		state.put("budgetEstimateEur", business.budgetEstimateEur() == null ? "" : business.budgetEstimateEur().toPlainString());
		state.put("plannedDates", business.plannedStart() + "/" + business.plannedEnd());
		return state;
	}

	static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
