package eu.jcohub.followup.cases;

/** What can happen in a case, with what each event must or may carry. */
public enum EventType {
	OPENED, SUSPECTS_CHARGED, ASSETS_SEIZED, COURT_DECISION, PENALTY_IMPOSED, DUTIES_RECOVERED, CLOSED;

	/** Events measured in euro: the amount is required. */
	public boolean needsAmount() {
		return this == ASSETS_SEIZED || this == PENALTY_IMPOSED || this == DUTIES_RECOVERED;
	}

	/** Events a user records on the timeline (a case is opened by opening it). */
	public boolean recordable() {
		return this != OPENED;
	}
}
