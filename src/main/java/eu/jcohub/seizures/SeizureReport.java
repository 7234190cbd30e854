package eu.jcohub.seizures;

import eu.jcohub.shared.OperationId;
import eu.jcohub.access.HandlingCode;
import eu.jcohub.access.OperationCircle;
import eu.jcohub.access.ProtectedRecord;
import eu.jcohub.protection.PersonalDataCategory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import eu.jcohub.shared.DomainRuleViolation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A field report by one organisation during one operation: a control carried out or a seizure made (the seizure
 * reports made before operational phases existed are seizures of no phase). Its persons and companies are personal
 * data; the OCU validates, queries or rejects it.
 */
final class SeizureReport {

	private final UUID id;
	private final OperationId operationId;
	private final String reference;
	private final String owner;
	private Facts facts;
	private HandlingCode handlingCode;
	private Set<String> namedOrganisations;
	private Subject subject;
	private final EnumSet<PersonalDataCategory> anonymised;
	private final String reportedBy;
	private final Instant reportedAt;
	private final long version;
	private final Field field;
	private Review review;

	SeizureReport(UUID id, OperationId operationId, String reference, String owner, Facts facts, HandlingCode handlingCode,
			Set<String> namedOrganisations, Subject subject, Set<PersonalDataCategory> anonymised, String reportedBy,
			Instant reportedAt, long version, Field field, Review review) {
		this.field = field;
		this.review = review;
		this.id = id;
		this.operationId = operationId;
		this.reference = reference;
		this.owner = owner;
		this.facts = facts;
		this.handlingCode = handlingCode;
		this.namedOrganisations = Set.copyOf(namedOrganisations);
		this.subject = subject;
		this.anonymised = anonymised.isEmpty() ? EnumSet.noneOf(PersonalDataCategory.class) : EnumSet.copyOf(anonymised);
		this.reportedBy = reportedBy;
		this.reportedAt = reportedAt;
		this.version = version;
	}

	/**
	 * What was seized or controlled, where and when: the report's details apart from the persons. A control has no
	 * goods category unless the risk area is given, and its description is the optional summary.
	 */
	record Facts(LocalDate seizedOn, @Nullable String locationCode, @Nullable String place,
			@Nullable String goodsCategory, @Nullable String description, @Nullable BigDecimal quantity,
			@Nullable String unit, @Nullable BigDecimal estimatedValueEur) {
	}

	/**
	 * What a field report adds to the facts: its kind, phase and moment, and what a figure of the operation is made
	 * of. Identifiers (plates, container numbers, vessel and flight ids) are kept upper-case without spaces so that
	 * the same container matches across reports.
	 *
	 * @param phase the operational phase, none for a seizure reported before phases were kept
	 * @param late whether it came after its phase closed (within the 72 hours still allowed)
	 * @param idempotencyKey the key the reporter's client sent, so that a retry finds this report
	 */
	record Field(ReportType type, @Nullable Integer phase, Instant occurredAt, boolean late,
			@Nullable String transportMode, @Nullable BigDecimal dutiesEur, @Nullable String concealment,
			@Nullable String routeFrom, @Nullable String routeTo, List<String> identifiers, @Nullable UUID profileId,
			@Nullable String controlledKind, int controlledCount, @Nullable ControlResult result,
			@Nullable String idempotencyKey) {

		Field {
			identifiers = List.copyOf(identifiers);
		}

		/** A seizure reported through the seizure form, outside any phase's rules. */
		static Field seizure(Instant occurredAt, @Nullable Integer phase) {
			return new Field(ReportType.SEIZURE, phase, occurredAt, false, null, null, null, null, null, List.of(), null,
					null, 0, null, null);
		}

		boolean infringement() {
			return type == ReportType.SEIZURE || result == ControlResult.INFRINGEMENT;
		}
	}

	/** Where the report stands with the OCU: the last question asked and its answer, or why it was rejected. */
	record Review(ReportState state, @Nullable String question, @Nullable String answer,
			@Nullable String rejectReason, @Nullable String decidedBy, @Nullable Instant decidedAt) {

		static final Review RECEIVED = new Review(ReportState.RECEIVED, null, null, null, null, null);
	}

	/** The report as {@link SeizureStore#saveReview} or {@link SeizureStore#update} stored it: its next version. */
	SeizureReport saved() {
		return new SeizureReport(id, operationId, reference, owner, facts, handlingCode, namedOrganisations, subject,
				anonymised, reportedBy, reportedAt, version + 1, field, review);
	}

	/** The OCU accepts the report: from now on it counts in the figures. */
	void validate(String by, Instant at) {
		requireState("validate", ReportState.RECEIVED);
		review = new Review(ReportState.VALIDATED, review.question(), review.answer(), null, by, at);
	}

	/** The OCU asks the reporter a question; the report waits for the answer. */
	void query(String question, String by, Instant at) {
		requireState("query", ReportState.RECEIVED);
		review = new Review(ReportState.QUERIED, question, null, null, by, at);
	}

	/** The reporter answers the OCU's question: the report is received again, for the OCU to decide. */
	void answer(String answer) {
		requireState("answer", ReportState.QUERIED);
		review = new Review(ReportState.RECEIVED, review.question(), answer, null, review.decidedBy(),
				review.decidedAt());
	}

	/** The OCU rejects the report, saying why: it never counts. */
	void reject(String reason, String by, Instant at) {
		if (review.state() != ReportState.RECEIVED && review.state() != ReportState.QUERIED) {
			throw new DomainRuleViolation(reference + " is " + review.state().name().toLowerCase(java.util.Locale.ROOT)
					+ " already and cannot be rejected.");
		}
		review = new Review(ReportState.REJECTED, review.question(), review.answer(), reason, by, at);
	}

	private void requireState(String step, ReportState expected) {
		if (review.state() != expected) {
			throw new DomainRuleViolation("Only a " + expected.name().toLowerCase(java.util.Locale.ROOT)
					+ " report can be " + switch (step) {
						case "validate" -> "validated";
						case "query" -> "queried";
						default -> "answered";
					} + "; " + reference + " is " + review.state().name().toLowerCase(java.util.Locale.ROOT) + ".");
		}
	}

	Field field() {
		return field;
	}

	Review review() {
		return review;
	}

	ProtectedRecord protect(OperationCircle operation, LocalDate today) {
		return operation.protect(owner, handlingCode, namedOrganisations, today);
	}

	void amend(Facts facts, Subject subject) {
		this.facts = facts;
		this.subject = subject;
	}

	void classify(HandlingCode code, Set<String> named) {
		this.handlingCode = code;
		this.namedOrganisations = Set.copyOf(named);
	}

	/** Erases the category's personal data for good. */
	void anonymise(PersonalDataCategory category) {
		subject = subject.without(category);
		anonymised.add(category);
	}

	boolean holds(PersonalDataCategory category) {
		return subject.holds(category);
	}

	/** The fields kept in the audit trail: the facts, and only markers for the personal data. */
	Map<String, Object> auditState() {
		var state = new LinkedHashMap<String, Object>();
		state.put("operation", operationId.toString());
		state.put("reference", reference);
		state.put("type", field.type().name());
		state.put("state", review.state().name());
		state.put("seizedOn", facts.seizedOn().toString());
		state.put("location", facts.locationCode() != null ? facts.locationCode() : String.valueOf(facts.place()));
		state.put("goodsCategory", facts.goodsCategory() == null ? "" : facts.goodsCategory());
		state.put("description", facts.description() == null ? "" : facts.description());
		state.put("quantity", facts.quantity() == null ? "" : facts.quantity().toPlainString() + " " + facts.unit());
		state.put("estimatedValueEur", facts.estimatedValueEur() == null ? "" : facts.estimatedValueEur().toPlainString());
		state.put("handlingCode", handlingCode.name());
		state.put("namedOrganisations", namedOrganisations.stream().sorted().toList());
		state.putAll(subject.auditMarkers());
		return state;
	}

	UUID id() {
		return id;
	}

	OperationId operationId() {
		return operationId;
	}

	String reference() {
		return reference;
	}

	String owner() {
		return owner;
	}

	Facts facts() {
		return facts;
	}

	HandlingCode handlingCode() {
		return handlingCode;
	}

	Set<String> namedOrganisations() {
		return namedOrganisations;
	}

	Subject subject() {
		return subject;
	}

	Set<PersonalDataCategory> anonymised() {
		return Set.copyOf(anonymised);
	}

	String reportedBy() {
		return reportedBy;
	}

	Instant reportedAt() {
		return reportedAt;
	}

	long version() {
		return version;
	}
}
