package eu.jcohub.deconfliction;

/**
 * How serious a conflict is, in two words rather than a number: what may be told about an operation whose details
 * the reader may not see, where an exact score would let them work the hidden details out.
 */
public enum ConflictLevel {

	POSSIBLE, LIKELY;

	/** A score from this one up is a likely conflict (the same line the pages draw between medium and high). */
	public static final double LIKELY_FROM = 60;

	public static ConflictLevel of(double score) {
		return score >= LIKELY_FROM ? LIKELY : POSSIBLE;
	}
}
