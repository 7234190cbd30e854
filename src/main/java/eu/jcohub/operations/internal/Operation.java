package eu.jcohub.operations.internal;

import eu.jcohub.access.HandlingCode;
import eu.jcohub.access.ProtectedRecord;
import eu.jcohub.operations.OperationPlan;
import eu.jcohub.operations.OperationStatus;
import eu.jcohub.operations.OperationType;
import eu.jcohub.shared.DomainRuleViolation;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * An operation in the coordination calendar: its plan, its status and since when the calendar knows of it.
 * An operation of another body is tabled for coordination; the others start as a proposal.
 */
public class Operation {

	private final UUID id;
	private OperationPlan plan;
	private final OperationStatus status;
	private final HandlingCode handlingCode;
	private final LocalDate firstKnown;
	private final long version;

	Operation(UUID id, OperationPlan plan, OperationStatus status, HandlingCode handlingCode, LocalDate firstKnown,
			long version) {
		this.id = id;
		this.plan = plan;
		this.status = status;
		this.handlingCode = handlingCode;
		this.firstKnown = firstKnown;
		this.version = version;
	}

	/** A new operation, first known to the calendar today. */
	public static Operation table(OperationPlan plan, LocalDate today) {
		var status = plan.type() == OperationType.OTHER_BODY ? OperationStatus.TABLED : OperationStatus.PROPOSAL;
		return new Operation(UUID.randomUUID(), plan, status, HandlingCode.PARTICIPANTS, today, 0);
	}

	/** Replaces the plan. A closed operation is history and no longer changes. */
	public void revise(OperationPlan revised) {
		if (status == OperationStatus.CLOSED) {
			throw new DomainRuleViolation("Operation " + plan.name() + " is closed; its plan can no longer change.");
		}
		this.plan = revised;
	}

	public ProtectedRecord protectedRecord() {
		return new ProtectedRecord(id, plan.organiser(), plan.countriesTakingPart(), plan.partnerOrganisations(),
				handlingCode, Set.of());
	}

	/** The fields kept in the audit trail, before and after each change. */
	public Map<String, Object> auditState() {
		var state = new LinkedHashMap<String, Object>();
		state.put("name", plan.name());
		state.put("type", plan.type().name());
		state.put("organiser", plan.organiser());
		state.put("leadCountry", String.valueOf(plan.leadCountry()));
		state.put("participants", String.join(",", plan.participants()));
		state.put("partnerOrganisations", String.join(",", plan.partnerOrganisations()));
		state.put("riskAreas", String.join(",", plan.riskAreas()));
		state.put("transportModes", String.join(",", plan.transportModes()));
		state.put("locations", String.join(",", plan.locations()));
		// ISO ranges, first and last day: "2026-03-01/2026-03-10; 2026-03-20/2026-03-30".
		state.put("phases", plan.phases().stream().map(phase -> phase.start() + "/" + phase.end())
			.collect(java.util.stream.Collectors.joining("; ")));
		state.put("status", status.name());
		return state;
	}

	public UUID id() {
		return id;
	}

	public OperationPlan plan() {
		return plan;
	}

	public OperationStatus status() {
		return status;
	}

	public HandlingCode handlingCode() {
		return handlingCode;
	}

	public LocalDate firstKnown() {
		return firstKnown;
	}

	public long version() {
		return version;
	}
}
