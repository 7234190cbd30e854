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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A seizure reported by one organisation during one operation. */
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

	SeizureReport(UUID id, OperationId operationId, String reference, String owner, Facts facts, HandlingCode handlingCode,
			Set<String> namedOrganisations, Subject subject, Set<PersonalDataCategory> anonymised, String reportedBy,
			Instant reportedAt, long version) {
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

	/** What was seized, where and when: the report's details apart from the persons. */
	record Facts(LocalDate seizedOn, @Nullable String locationCode, @Nullable String place, String goodsCategory,
			String description, @Nullable BigDecimal quantity, @Nullable String unit,
			@Nullable BigDecimal estimatedValueEur) {
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
		state.put("seizedOn", facts.seizedOn().toString());
		state.put("location", facts.locationCode() != null ? facts.locationCode() : String.valueOf(facts.place()));
		state.put("goodsCategory", facts.goodsCategory());
		state.put("description", facts.description());
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
