package eu.jcohub.operations;

/** Where an operation stands in its lifecycle. Shown here; the planning capability moves it. */
public enum OperationStatus {
	PROPOSAL, BUSINESS_CASE, FUNDING, PREPARATION, OPERATIONAL, DEBRIEFING, FOLLOW_UP, CLOSED,
	/** An operation of another body, tabled for coordination only. */
	TABLED
}
