package eu.jcohub.deconfliction;

/** A dimension on which two operations can collide. */
public enum Dimension {
	DATES, PARTICIPANTS, RISK_AREAS, TRANSPORT_MODES, LOCATIONS,
	/**
	 * Not a dimension of its own: the one reason given beside the dates when the other operation's details are
	 * withheld. It says that more is shared without saying what; its words come from the bundles
	 * ({@code conflict.withheld}), its detail is empty.
	 */
	WITHHELD;
}
