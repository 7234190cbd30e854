package eu.jcohub.deconfliction.internal;

import eu.jcohub.deconfliction.ConflictReason;
import eu.jcohub.deconfliction.Dimension;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Scores a pair of operations (see {@link DeconflictionSettings} for the formula) and explains the score
 * dimension by dimension. Scoring allocates nothing; explaining is done only for real conflicts.
 */
public final class ConflictScorer {

	private static final double NEAR_MISS_FACTOR = 0.25;

	private final DeconflictionSettings settings;
	private final Vocabulary vocabulary;
	private final ScoreTerms terms;

	public ConflictScorer(DeconflictionSettings settings, Vocabulary vocabulary) {
		this.settings = settings;
		this.vocabulary = vocabulary;
		this.terms = ScoreTerms.of(settings);
	}

	/** The score's terms in fixed point, for bounds computed with integers. */
	ScoreTerms terms() {
		return terms;
	}

	public DeconflictionSettings settings() {
		return settings;
	}

	Vocabulary vocabulary() {
		return vocabulary;
	}

	/** The conflict score of the pair, or a negative number when the pair is not a conflict. */
	public double score(IndexedOperation a, IndexedOperation b) {
		double dates = dateFactor(a, b);
		if (dates <= 0) {
			return -1;
		}
		double parties = sharedFactor(a.parties(), b.parties());
		double risks = overlapFactor(a.riskAreas(), b.riskAreas());
		double modes = overlapFactor(a.modes(), b.modes());
		double locations = overlapFactor(a.locations(), b.locations());
		// Operations that share neither an administration or partner nor a place compete for nothing,
		// whatever they target: two national operations on cigarettes in FI and PT are no conflict.
		if (parties == 0 && locations == 0) {
			return -1;
		}
		return combine(dates, parties, risks, modes, locations);
	}

	/**
	 * The level of a conflict judged from what both calendar entries show, and from nothing else: the dates, the
	 * countries taking part and the risk areas, weighted as in the score. It is what may be told about an
	 * operation whose details (partners, transport modes, places) the reader may not see, so it must never read
	 * them.
	 */
	public eu.jcohub.deconfliction.ConflictLevel calendarLevel(IndexedOperation a, IndexedOperation b) {
		var weights = settings.weights();
		double total = weights.dates() + weights.participants() + weights.riskAreas();
		if (total <= 0) {
			return eu.jcohub.deconfliction.ConflictLevel.POSSIBLE;
		}
		double score = 100 * (weights.dates() * dateFactor(a, b)
				+ weights.participants() * sharedFactor(a.countries(), b.countries())
				+ weights.riskAreas() * overlapFactor(a.riskAreas(), b.riskAreas())) / total;
		return eu.jcohub.deconfliction.ConflictLevel.of(score);
	}

	/** The weighted sum of the factors, rounded to a tenth, or -1 below the threshold. */
	double combine(double dates, double parties, double risks, double modes, double locations) {
		double score = tenths(dates, parties, risks, modes, locations) / 10.0;
		return score >= settings.threshold() ? score : -1;
	}

	/**
	 * The weighted sum in tenths of a point, before the threshold. Every operation on the way is monotonic in
	 * each factor (sums and products of non-negative numbers, each correctly rounded, then rounding), so a
	 * factor replaced by an upper bound gives an upper bound of the score: what the index prunes with.
	 */
	long tenths(double dates, double parties, double risks, double modes, double locations) {
		var weights = settings.weights();
		double score = 100 * (weights.dates() * dates + weights.participants() * parties
				+ weights.riskAreas() * risks + weights.transportModes() * modes + weights.locations() * locations)
				/ weights.total();
		return Math.round(score * 10);
	}

	/** The date factor from the gap or the days in common, as {@link #dateFactor} computes it. */
	double dateFactor(int daysInCommon, int gapDays) {
		if (daysInCommon > 0) {
			return Math.min(1.0, (double) daysInCommon / settings.fullOverlapDays());
		}
		int margin = settings.marginDays();
		return margin > 0 && gapDays <= margin ? NEAR_MISS_FACTOR : 0;
	}

	/**
	 * {@link #overlapFactor} on masks: the items of the smaller list related (equal, parent or child) to an
	 * item of the other, divided by the smaller list's size.
	 */
	static double overlapFactor(long maskA, long parentsA, int countA, long maskB, long parentsB, int countB,
			int[] parentBits) {
		if (countA == 0 || countB == 0) {
			return 0;
		}
		boolean aIsSmall = countA <= countB;
		long small = aIsSmall ? maskA : maskB;
		long large = aIsSmall ? maskB : maskA;
		long largeParents = aIsSmall ? parentsB : parentsA;
		int matches = 0;
		for (long rest = small; rest != 0; rest &= rest - 1) {
			int bit = Long.numberOfTrailingZeros(rest);
			int parent = parentBits[bit];
			if ((large & (1L << bit)) != 0 || (largeParents & (1L << bit)) != 0
					|| (parent >= 0 && (large & (1L << parent)) != 0)) {
				matches++;
			}
		}
		return (double) matches / Math.min(countA, countB);
	}

	/**
	 * Every bit related to a bit of {@code mask} (itself, its parent, its children): another mask meets this one
	 * exactly when {@link #overlapFactor(long, long, int, long, long, int, int[])} of the two is above 0.
	 */
	static long relatedBits(long mask, long parents, int[] parentBits) {
		long related = mask | parents;
		for (int bit = 0; bit < parentBits.length; bit++) {
			int parent = parentBits[bit];
			if (parent >= 0 && (mask & (1L << parent)) != 0) {
				related |= 1L << bit;
			}
		}
		return related;
	}

	/** The reasons, one per dimension the pair has in common, dates first. */
	public List<ConflictReason> explain(IndexedOperation a, IndexedOperation b) {
		var reasons = new ArrayList<ConflictReason>(5);
		reasons.add(new ConflictReason(Dimension.DATES, explainDates(a, b)));
		common(a.parties(), b.parties(), Label.CODE).ifPresent(text ->
				reasons.add(new ConflictReason(Dimension.PARTICIPANTS, text + " take part in both")));
		common(a.riskAreas(), b.riskAreas(), Label.LOWER_CASE_NAME).ifPresent(text ->
				reasons.add(new ConflictReason(Dimension.RISK_AREAS, "both target " + text)));
		common(a.modes(), b.modes(), Label.LOWER_CASE_NAME).ifPresent(text ->
				reasons.add(new ConflictReason(Dimension.TRANSPORT_MODES, "both control " + text)));
		common(a.locations(), b.locations(), Label.NAME).ifPresent(text ->
				reasons.add(new ConflictReason(Dimension.LOCATIONS, "both at " + text)));
		return reasons;
	}

	double dateFactor(IndexedOperation a, IndexedOperation b) {
		int days = PhaseDays.inCommon(a, b);
		return dateFactor(days, days > 0 ? 0 : PhaseDays.gapBetween(a, b));
	}

	/**
	 * Items in both sorted lists, divided by the smaller list's size: for countries and organisations,
	 * which have no parents.
	 */
	static double sharedFactor(int[] a, int[] b) {
		if (a.length == 0 || b.length == 0) {
			return 0;
		}
		int shared = 0;
		for (int i = 0, j = 0; i < a.length && j < b.length;) {
			if (a[i] == b[j]) {
				shared++;
				i++;
				j++;
			}
			else if (a[i] < b[j]) {
				i++;
			}
			else {
				j++;
			}
		}
		return (double) shared / Math.min(a.length, b.length);
	}

	/** Items of the smaller list related to an item of the other, divided by the smaller list's size. */
	double overlapFactor(int[] a, int[] b) {
		if (a.length == 0 || b.length == 0) {
			return 0;
		}
		int[] small = a.length <= b.length ? a : b;
		int[] large = small == a ? b : a;
		int matches = 0;
		for (int item : small) {
			if (relatedToAny(item, large)) {
				matches++;
			}
		}
		return (double) matches / small.length;
	}

	private boolean relatedToAny(int item, int[] others) {
		int parent = vocabulary.parent(item);
		for (int other : others) {
			if (other == item || other == parent || vocabulary.parent(other) == item) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The items the two lists have in common, alphabetically and each once, or nothing. Usually there is one: it
	 * is returned as it is, without sorting or joining.
	 */
	private java.util.Optional<String> common(int[] a, int[] b, Label style) {
		String[] labels = null;
		int count = 0;
		for (int item : a) {
			for (int other : b) {
				if (vocabulary.related(item, other)) {
					if (labels == null) {
						labels = new String[a.length];
					}
					labels[count++] = label(item, other, style);
					break;
				}
			}
		}
		if (count <= 1) {
			return count == 0 ? java.util.Optional.empty() : java.util.Optional.of(labels[0]);
		}
		java.util.Arrays.sort(labels, 0, count);
		var joined = new StringJoiner(", ");
		for (int k = 0; k < count; k++) {
			if (k == 0 || !labels[k].equals(labels[k - 1])) {
				joined.add(labels[k]);
			}
		}
		return java.util.Optional.of(joined.toString());
	}

	private enum Label { CODE, NAME, LOWER_CASE_NAME }

	private String label(int item, int other, Label style) {
		if (item == other) {
			return name(item, style);
		}
		int general = vocabulary.parent(item) == other ? other : item;
		int specific = general == item ? other : item;
		return name(general, style) + " (" + name(specific, style) + ")";
	}

	private String name(int id, Label style) {
		return switch (style) {
			case CODE -> vocabulary.code(id);
			case NAME -> vocabulary.name(id);
			case LOWER_CASE_NAME -> vocabulary.lowerCaseName(id);
		};
	}

	private String explainDates(IndexedOperation a, IndexedOperation b) {
		int days = PhaseDays.inCommon(a, b);
		if (days == 0) {
			int gap = PhaseDays.gapBetween(a, b);
			return gap == 0 ? "back to back, no day in between" : "only " + gap + " day" + (gap == 1 ? "" : "s")
					+ " apart (within the margin of " + settings.marginDays() + ")";
		}
		var ranges = new StringJoiner(", ");
		for (int i = 0; i < a.phaseStarts().length; i++) {
			for (int j = 0; j < b.phaseStarts().length; j++) {
				if (PhaseDays.common(a.phaseStarts()[i], a.phaseEnds()[i], b.phaseStarts()[j], b.phaseEnds()[j]) > 0) {
					ranges.add(range(LocalDate.ofEpochDay(Math.max(a.phaseStarts()[i], b.phaseStarts()[j])),
							LocalDate.ofEpochDay(Math.min(a.phaseEnds()[i], b.phaseEnds()[j]))));
				}
			}
		}
		return days + " day" + (days == 1 ? "" : "s") + " in common (" + ranges + ")";
	}

	private static String range(LocalDate from, LocalDate to) {
		if (from.equals(to)) {
			return DayLabels.dayMonthYear(from);
		}
		if (from.getYear() == to.getYear() && from.getMonth() == to.getMonth()) {
			return from.getDayOfMonth() + "–" + DayLabels.dayMonthYear(to);
		}
		if (from.getYear() == to.getYear()) {
			return DayLabels.dayMonth(from) + " – " + DayLabels.dayMonthYear(to);
		}
		return DayLabels.dayMonthYear(from) + " – " + DayLabels.dayMonthYear(to);
	}
}
