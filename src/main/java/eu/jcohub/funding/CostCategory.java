package eu.jcohub.funding;

/** What a cost is for; programmes pay some categories and not others. */
public enum CostCategory {
	TRAVEL, ACCOMMODATION, SUBSISTENCE, INTERPRETATION, EQUIPMENT, MEETINGS,
	/** Staff and the resources to plan the operation: the lead administration pays them under the rules in force. */
	STAFF_PLANNING,
	/** Not financed by any programme in force. */
	VAT
}
