package eu.jcohub.access;

/** How a user stands to a record: what an {@link AccessRule} asks of them besides their role. */
public enum Relation {
	/** Any signed-in user, whatever the record. */
	ANYONE,
	/** The user's organisation owns the record (for an operation: organises it). */
	OWNER,
	/**
	 * The user's administration takes part in the record's operation, or their organisation is a named partner that
	 * is not a police or judicial authority (an EU body, an international body).
	 */
	PARTICIPANT,
	/**
	 * The user's organisation is a police or judicial authority named as a partner on the record. Such a partner
	 * takes part for the forms of cooperation it is involved in, not in the operation's running: it stands outside
	 * the circle that sees an operation's details, and reads only what a module grants this relation explicitly.
	 */
	PARTNER,
	/** The user's organisation is named on the record (handling code NAMED). */
	NAMED,
	/** The user holds a role on the record's operation (leader, OCU operator, analyst). */
	ROLE_HOLDER,
	/** The user leads the record's operation. */
	LEADER,
	/** The user staffs the record's operation's OCU, and the operation runs now. */
	OCU_WHILE_RUNNING
}
