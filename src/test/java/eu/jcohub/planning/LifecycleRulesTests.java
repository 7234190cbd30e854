package eu.jcohub.planning;

import static eu.jcohub.operations.OperationStatus.BUSINESS_CASE;
import static eu.jcohub.operations.OperationStatus.CANCELLED;
import static eu.jcohub.operations.OperationStatus.CLOSED;
import static eu.jcohub.operations.OperationStatus.DEBRIEFING;
import static eu.jcohub.operations.OperationStatus.FOLLOW_UP;
import static eu.jcohub.operations.OperationStatus.FUNDING;
import static eu.jcohub.operations.OperationStatus.OPERATIONAL;
import static eu.jcohub.operations.OperationStatus.PREPARATION;
import static eu.jcohub.operations.OperationStatus.PROPOSAL;
import static eu.jcohub.operations.OperationStatus.REVIEW_BREAK;
import static eu.jcohub.operations.OperationStatus.TABLED;
import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.operations.OperationStatus;
import eu.jcohub.planning.Lifecycle.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The lifecycle's own rules for every pair of statuses, written out here as the issue describes the lifecycle:
 * proposal → business case → funding → preparation → operational ⇄ review break → debriefing → follow-up →
 * closed, a business case may be returned, cancelling is possible before the operation is operational, phases
 * belong to the execution, other bodies' operations have no lifecycle.
 */
class LifecycleRulesTests {

	/** The steps a user may ask for, from each status. */
	private static final Map<OperationStatus, Set<OperationStatus>> USER_STEPS = Map.of(
			PROPOSAL, Set.of(BUSINESS_CASE, CANCELLED),
			BUSINESS_CASE, Set.of(PROPOSAL, FUNDING, CANCELLED),
			FUNDING, Set.of(PREPARATION, CANCELLED),
			PREPARATION, Set.of(CANCELLED),
			DEBRIEFING, Set.of(FOLLOW_UP),
			FOLLOW_UP, Set.of(CLOSED));

	/** The steps that only the execution of the operation takes (opening and closing phases). */
	private static final Map<OperationStatus, Set<OperationStatus>> EXECUTION_STEPS = Map.of(
			PREPARATION, Set.of(OPERATIONAL),
			OPERATIONAL, Set.of(REVIEW_BREAK, DEBRIEFING),
			REVIEW_BREAK, Set.of(OPERATIONAL));

	@Test
	void everyPairOfStatusesIsAllowedOrRefusedForItsReason() {
		var wrong = new ArrayList<String>();
		for (var from : OperationStatus.values()) {
			for (var to : OperationStatus.values()) {
				var expected = expected(from, to);
				var actual = Lifecycle.verdict(from, to);
				if (actual != expected) {
					wrong.add(from + " → " + to + ": expected " + expected + ", got " + actual);
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void cancellingIsPossibleFromEveryStatusBeforeTheOperationRunsAndFromNoneAfter() {
		for (var from : List.of(PROPOSAL, BUSINESS_CASE, FUNDING, PREPARATION)) {
			assertThat(Lifecycle.verdict(from, CANCELLED)).as(from.name()).isEqualTo(Verdict.ALLOWED);
		}
		for (var from : List.of(OPERATIONAL, REVIEW_BREAK, DEBRIEFING, FOLLOW_UP)) {
			assertThat(Lifecycle.verdict(from, CANCELLED)).as(from.name()).isEqualTo(Verdict.OUT_OF_ORDER);
		}
	}

	@Test
	void cancellingAndReturningABusinessCaseNeedAReasonAndNothingElseDoes() {
		for (var from : OperationStatus.values()) {
			for (var to : OperationStatus.values()) {
				boolean expected = to == CANCELLED || (from == BUSINESS_CASE && to == PROPOSAL);
				assertThat(Lifecycle.reasonRequired(from, to)).as(from + " → " + to).isEqualTo(expected);
			}
		}
	}

	private static Verdict expected(OperationStatus from, OperationStatus to) {
		if (from == TABLED) {
			return Verdict.NO_LIFECYCLE;
		}
		if (from == CLOSED || from == CANCELLED) {
			return Verdict.COMPLETE;
		}
		if (USER_STEPS.getOrDefault(from, Set.of()).contains(to)) {
			return Verdict.ALLOWED;
		}
		if (EXECUTION_STEPS.getOrDefault(from, Set.of()).contains(to)) {
			return Verdict.BY_EXECUTION;
		}
		return Verdict.OUT_OF_ORDER;
	}
}
