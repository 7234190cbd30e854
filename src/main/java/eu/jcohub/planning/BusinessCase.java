package eu.jcohub.planning;

import eu.jcohub.shared.OperationId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The case for an operation that its leader submits to the coordination secretariat: the threat it answers (and the
 * threat assessment it rests on), what it aims at, who is expected to take part, which risk areas and transport
 * modes, a first estimate of its budget (real budgets belong to funding) and its planned dates. Its measurable
 * targets are the operation's {@link Objective}s.
 *
 * @param threatAssessment the threat assessment used (an OCTA, a national or regional assessment)
 * @param reviewComments what the secretariat said when it approved or returned it
 */
public record BusinessCase(OperationId operationId, @Nullable String threatBasis, @Nullable String threatAssessment,
		@Nullable String objectives, Set<String> expectedParticipants, Set<String> riskAreas,
		Set<String> transportModes, @Nullable BigDecimal budgetEstimateEur, @Nullable LocalDate plannedStart,
		@Nullable LocalDate plannedEnd, State state, @Nullable String reviewComments, @Nullable String reviewedBy,
		@Nullable Instant reviewedAt) {

	public BusinessCase {
		expectedParticipants = Set.copyOf(expectedParticipants);
		riskAreas = Set.copyOf(riskAreas);
		transportModes = Set.copyOf(transportModes);
	}

	/** Written (not yet submitted), with the secretariat, approved, or returned to be reworked. */
	public enum State { DRAFT, SUBMITTED, APPROVED, RETURNED }

	/** The fields still empty that a submitted business case must have, by name. */
	public List<String> missing() {
		var missing = new ArrayList<String>();
		if (threatBasis == null) {
			missing.add("threatBasis");
		}
		if (threatAssessment == null) {
			missing.add("threatAssessment");
		}
		if (objectives == null) {
			missing.add("objectives");
		}
		if (expectedParticipants.isEmpty()) {
			missing.add("expectedParticipants");
		}
		if (riskAreas.isEmpty()) {
			missing.add("riskAreas");
		}
		if (budgetEstimateEur == null) {
			missing.add("budgetEstimateEur");
		}
		if (plannedStart == null || plannedEnd == null) {
			missing.add("plannedDates");
		}
		return missing;
	}

	/** Editable while the operation is a proposal: new, being written, or returned. */
	public boolean editable() {
		return state == State.DRAFT || state == State.RETURNED;
	}
}
