package eu.jcohub.planning;

/** Why an administration declines an invitation: counted later to see what keeps administrations away. */
public enum DeclineReason {
	OVERLAPPING_NATIONAL_OPERATION, OVERLAPPING_OTHER_BODY_OPERATION, NO_RESOURCES, NO_FUNDING, RISK_AREA_NOT_RELEVANT,
	OTHER
}
