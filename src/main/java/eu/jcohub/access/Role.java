package eu.jcohub.access;

/** What a user does in JCO Hub, whatever the operation (see the roles in the product map). */
public enum Role {
	SECRETARIAT, FACILITATOR, OPERATION_LEADER, NATIONAL_COORDINATOR, OCU_OPERATOR, FIELD_OFFICER, ANALYST,
	PARTNER_OBSERVER, ADMIN;

	/** Roles that may table operations in the calendar (for their own organisation). */
	public boolean mayTableOperations() {
		return this == SECRETARIAT || this == FACILITATOR || this == OPERATION_LEADER || this == NATIONAL_COORDINATOR
				|| this == PARTNER_OBSERVER;
	}

	/** Roles that oversee every operation planned (they see all details and may table for any organiser). */
	public boolean coordinatesAll() {
		return this == SECRETARIAT || this == FACILITATOR;
	}
}
