package eu.jcohub.operations.internal;

import eu.jcohub.access.HandlingCode;
import eu.jcohub.access.ProtectedRecord;
import eu.jcohub.operations.OperationPlan;
import eu.jcohub.operations.OperationRevised;
import eu.jcohub.operations.OperationStatus;
import eu.jcohub.operations.OperationStatusChanged;
import eu.jcohub.operations.OperationTabled;
import eu.jcohub.operations.OperationType;
import eu.jcohub.operations.StaleVersion;
import eu.jcohub.shared.DomainRuleViolation;
import eu.jcohub.shared.OperationId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An operation in the coordination calendar: its plan, where it stands in its lifecycle and since when the
 * calendar knows of it. An operation of another body is tabled for coordination; the others start as a proposal.
 * It guards its own changes and records the events they raise; {@link Operations} publishes them when it saves.
 */
public class Operation {

	private final OperationId id;
	private OperationPlan plan;
	private OperationStatus status;
	private final HandlingCode handlingCode;
	private final LocalDate firstKnown;
	private final long version;
	private final List<Object> events = new ArrayList<>();

	Operation(OperationId id, OperationPlan plan, OperationStatus status, HandlingCode handlingCode,
			LocalDate firstKnown, long version) {
		this.id = id;
		this.plan = plan;
		this.status = status;
		this.handlingCode = handlingCode;
		this.firstKnown = firstKnown;
		this.version = version;
	}

	/** A new operation, first known to the calendar on the given day. */
	public static Operation table(OperationPlan plan, LocalDate firstKnown) {
		return table(plan, firstKnown, null);
	}

	/** A new operation made from a past one ({@code derivedFrom}), whose parts other modules may copy. */
	public static Operation table(OperationPlan plan, LocalDate firstKnown, @Nullable OperationId derivedFrom) {
		var status = plan.type() == OperationType.OTHER_BODY ? OperationStatus.TABLED : OperationStatus.PROPOSAL;
		var operation = new Operation(OperationId.random(), plan, status, HandlingCode.PARTICIPANTS, firstKnown, 0);
		operation.events.add(new OperationTabled(operation.id, 0, plan, derivedFrom));
		return operation;
	}

	/**
	 * Replaces the plan, if the editor saw the version that stands now. A closed or cancelled operation is history
	 * and no longer changes.
	 */
	public void revise(OperationPlan revised, long expectedVersion) {
		if (expectedVersion != version) {
			throw new StaleVersion(plan.name(), expectedVersion, version);
		}
		if (status.isFinal()) {
			throw new DomainRuleViolation("Operation " + plan.name() + " is " + status.name().toLowerCase()
					+ "; its plan can no longer change.");
		}
		this.plan = revised;
		events.add(new OperationRevised(id, version + 1, revised));
	}

	/** Moves the operation in its lifecycle, if the lifecycle allows that step from where it stands. */
	public void moveTo(OperationStatus next, String reason, String by, Instant at) {
		if (!status.mayMoveTo(next)) {
			throw new DomainRuleViolation("Operation " + plan.name() + " cannot go from " + status.name() + " to "
					+ next.name() + ".");
		}
		var from = status;
		status = next;
		events.add(new OperationStatusChanged(id, plan.name(), from, next, reason, by, at));
	}

	public ProtectedRecord protectedRecord() {
		return protectedRecord(id, plan.organiser(), plan.countriesTakingPart(), plan.partnerOrganisations(),
				handlingCode);
	}

	/** What the access policy decides an operation's readers by, made the same way wherever it is read from. */
	static ProtectedRecord protectedRecord(OperationId id, String organiser, Set<String> countriesTakingPart,
			Set<String> partnerOrganisations, HandlingCode handlingCode) {
		return new ProtectedRecord(id, organiser, countriesTakingPart, partnerOrganisations, handlingCode, Set.of());
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

	/** The events raised since it was loaded, in order; handed out once. */
	List<Object> takeEvents() {
		var raised = List.copyOf(events);
		events.clear();
		return raised;
	}

	public OperationId id() {
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
