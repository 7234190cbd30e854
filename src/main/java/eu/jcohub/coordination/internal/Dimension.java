package eu.jcohub.coordination.internal;

/**
 * What a tally of validated reports is kept per. Location-day and location-mode tallies feed the drop warning
 * (seizures per day at each place, and the place's usual transport mode); the rest are shown as they are.
 */
public enum Dimension {
	TOTAL("total"), DAY("day"), ADMINISTRATION("administration"), LOCATION("location"), RISK_AREA("risk-area"),
	TRANSPORT_MODE("transport-mode"), PROFILE("profile"), UNIT("unit"), LOCATION_DAY("location-day"),
	LOCATION_MODE("location-mode");

	private final String column;

	Dimension(String column) {
		this.column = column;
	}

	/** The value stored in the tallies' dimension column. */
	public String stored() {
		return column;
	}

	static Dimension ofStored(String stored) {
		for (var dimension : values()) {
			if (dimension.column.equals(stored)) {
				return dimension;
			}
		}
		throw new IllegalArgumentException("unknown tally dimension " + stored);
	}
}
