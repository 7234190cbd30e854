package eu.jcohub.planning;

/**
 * What an objective is measured by: a figure JCO Hub can compute later from the operation's reports, or an
 * assessment made by hand at the debriefing.
 */
public enum Metric {
	CONTROLS, SEIZURES, SEIZURES_OF_RISK_AREA, QUANTITY_SEIZED, PARTICIPATING_ADMINISTRATIONS, NAPLES_II_REQUESTS,
	ASSESSED_MANUALLY;

	/** Counted within one risk area (seizures of cocaine, kilograms of cocaine). */
	public boolean needsRiskArea() {
		return this == SEIZURES_OF_RISK_AREA || this == QUANTITY_SEIZED;
	}

	/** A quantity, in a unit. */
	public boolean needsUnit() {
		return this == QUANTITY_SEIZED;
	}

	/** Computed from reports, so it needs a target figure. */
	public boolean computable() {
		return this != ASSESSED_MANUALLY;
	}
}
