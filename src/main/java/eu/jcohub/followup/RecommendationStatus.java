package eu.jcohub.followup;

/** Where a recommendation stands. Implemented needs evidence; not implemented needs a reason. */
public enum RecommendationStatus {
	OPEN, IN_PROGRESS, IMPLEMENTED, NOT_IMPLEMENTED, OBSOLETE;

	/** Whether something is still to be done on it: only then can its actions be overdue. */
	public boolean pending() {
		return this == OPEN || this == IN_PROGRESS;
	}
}
