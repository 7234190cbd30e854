package eu.jcohub.deconfliction.internal;

/**
 * The terms of {@link ConflictScorer#tenths} in fixed point ({@value #UNIT} units to a tenth of a point), each
 * rounded up with a unit to spare: added up, they bound a score from above with integer arithmetic alone. Made once
 * for the settings.
 *
 * @param dates the dates' term by days in common, up to the days that count in full
 * @param nearMiss the dates' term of a near miss (0 without a margin)
 * @param parties the participants' term by parties in common × 64 + the smaller party count (a count above 63
 *        is looked up as 63, which gives a larger term)
 */
record ScoreTerms(long[] dates, long nearMiss, long[] parties, long risk, long mode, long place) {

	static final int UNIT = 1024;
	private static final int MAX_SHARED = 128;
	private static final int MAX_SMALLER = 63;

	static ScoreTerms of(DeconflictionSettings settings) {
		var weights = settings.weights();
		double total = weights.total();
		double scale = total > 0 ? 1000 / total : 0;
		int full = settings.fullOverlapDays();
		var dates = new long[full + 1];
		for (int days = 0; days < dates.length; days++) {
			dates[days] = term(scale * weights.dates(), Math.min(1.0, (double) days / full));
		}
		var parties = new long[(MAX_SHARED + 1) << 6];
		for (int shared = 0; shared <= MAX_SHARED; shared++) {
			for (int smaller = 1; smaller <= MAX_SMALLER; smaller++) {
				parties[shared << 6 | smaller] = term(scale * weights.participants(),
						Math.min(1.0, (double) shared / smaller));
			}
		}
		return new ScoreTerms(dates, settings.marginDays() > 0 ? term(scale * weights.dates(), 0.25) : 0, parties,
				term(scale * weights.riskAreas(), 1), term(scale * weights.transportModes(), 1),
				term(scale * weights.locations(), 1));
	}

	private static long term(double weight, double factor) {
		return (long) Math.ceil(weight * factor * UNIT) + 1;
	}

	/**
	 * At least the score of an entry with these days in common (a near miss when 0), these parties in common out of
	 * the smaller of the two party lists, and the other dimensions at most 1 where {@code shared} (see
	 * {@link MaskBound}) says they may meet, else 0.
	 */
	long upperBound(int days, int sharedParties, int smaller, int shared) {
		long bound = days > 0 ? dates[Math.min(days, dates.length - 1)] : nearMiss;
		bound += parties[Math.min(sharedParties, MAX_SHARED) << 6 | Math.min(smaller, MAX_SMALLER)];
		bound += (shared & MaskBound.RISK) != 0 ? risk : 0;
		bound += (shared & MaskBound.MODE) != 0 ? mode : 0;
		return bound + ((shared & MaskBound.PLACE) != 0 ? place : 0);
	}

	/** The fixed-point sum below which a score cannot round to {@code bar} tenths or more. */
	long below(long bar) {
		return (long) Math.floor((bar - 0.5) * UNIT);
	}
}
