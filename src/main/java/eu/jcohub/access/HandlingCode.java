package eu.jcohub.access;

/**
 * Who may see a record beyond its calendar entry. Printed as a marking on PDFs and exports.
 */
public enum HandlingCode {
	/** Everyone signed in. */
	PUBLIC_CALENDAR("JCO HUB – CALENDAR"),
	/** The operation's organiser, participating administrations, named partners and role holders. */
	PARTICIPANTS("JCO HUB – PARTICIPANTS ONLY"),
	/** The owning organisation only. */
	OWNER_ONLY("JCO HUB – OWNER ONLY"),
	/** The owner and the organisations named on the record. */
	NAMED("JCO HUB – NAMED ORGANISATIONS ONLY");

	private final String marking;

	HandlingCode(String marking) {
		this.marking = marking;
	}

	public String marking() {
		return marking;
	}

	/**
	 * Whether every reader under code {@code to} (with its named organisations) could already read under
	 * {@code from}: then changing from one to the other narrows or keeps the circle and never widens it.
	 */
	public static boolean readersWithin(HandlingCode to, java.util.Set<String> namedTo, HandlingCode from,
			java.util.Set<String> namedFrom) {
		if (to == from) {
			return to != NAMED || namedFrom.containsAll(namedTo);
		}
		return switch (to) {
			case OWNER_ONLY -> true;
			case NAMED -> from == PUBLIC_CALENDAR;
			case PARTICIPANTS -> from == PUBLIC_CALENDAR;
			case PUBLIC_CALENDAR -> false;
		};
	}
}
