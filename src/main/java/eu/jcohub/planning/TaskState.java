package eu.jcohub.planning;

/** Where a checklist task stands. Done and not-applicable tasks are settled: they no longer fall due. */
public enum TaskState {
	OPEN, IN_PROGRESS, DONE, NOT_APPLICABLE;

	public boolean settled() {
		return this == DONE || this == NOT_APPLICABLE;
	}
}
