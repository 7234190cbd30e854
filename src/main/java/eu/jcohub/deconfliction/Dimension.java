package eu.jcohub.deconfliction;

/** A dimension on which two operations can collide. */
public enum Dimension {
	DATES, PARTICIPANTS, RISK_AREAS, TRANSPORT_MODES, LOCATIONS;

	/** Whether the dimension belongs to an operation's calendar entry, which everyone signed in sees. */
	public boolean isCalendarEntry() {
		return this == DATES || this == PARTICIPANTS || this == RISK_AREAS;
	}
}
