package eu.jcohub.planning;

import eu.jcohub.operations.OperationStatus;
import java.util.List;

/**
 * Where an operation stands in its lifecycle as one user sees it: its status and operational phase, the steps the
 * lifecycle allows from there (each open to the user or refused with its reasons) and its history, newest last.
 *
 * @param phase the operational phase under way or last closed (0 before the first opens)
 */
public record LifecycleView(OperationStatus status, int phase, int phases, List<Step> steps, List<HistoryEntry> history) {

	public LifecycleView {
		steps = List.copyOf(steps);
		history = List.copyOf(history);
	}

	/** Whether the operation has a lifecycle here at all (operations of other bodies have none). */
	public boolean hasLifecycle() {
		return status != OperationStatus.TABLED;
	}

	/**
	 * One step the lifecycle allows next.
	 *
	 * @param byExecution the step belongs to the execution of the operation (opening and closing its phases)
	 * @param reasonRequired the step needs a reason (cancelling, returning a business case)
	 * @param refusals why the user may not take it now; empty when they may
	 */
	public record Step(OperationStatus to, boolean byExecution, boolean reasonRequired, List<String> refusals) {

		public Step {
			refusals = List.copyOf(refusals);
		}

		public boolean allowed() {
			return !byExecution && refusals.isEmpty();
		}
	}
}
