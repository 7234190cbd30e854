package eu.jcohub.deconfliction.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * One check against the index: the draft's phases as windows, its masks, and the best conflicts found so far.
 * Entries the masks can decide are scored inline from the bucket's arrays; the others by the exact scorer.
 */
final class IndexCheck {

	final IndexedOperation draft;
	final Signature signature;
	final int limit;
	final int[] from;
	final int[] to;
	private final ConflictScorer scorer;
	private final Vocabulary vocabulary;
	final int[] riskParentBits;
	final int[] modeParentBits;
	private final MaskBound maskBound;
	private final ScoreTerms terms;
	final TopConflicts best;
	final Set<IndexedOperation> seenSlowly = Collections.newSetFromMap(new IdentityHashMap<>());
	/**
	 * The checked operation's own entry, if the index holds it: compared by reference, because reading each
	 * candidate's id would fetch every candidate from memory.
	 */
	IndexedOperation self;

	private final int[] draftStarts;
	private final int[] draftEnds;
	final boolean draftLocationsInline;
	final int[] draftLocationParents;

	IndexCheck(IndexedOperation draft, Signature signature, int limit, ConflictScorer scorer, BitSpace risks,
		BitSpace modes) {
	this.scorer = scorer;
	this.vocabulary = scorer.vocabulary();
	this.riskParentBits = risks.parentBits();
	this.modeParentBits = modes.parentBits();
		this.draft = draft;
		this.draftStarts = draft.phaseStarts();
		this.draftEnds = draft.phaseEnds();
		this.draftLocationsInline = draft.locations().length <= Bucket.INLINE_LOCATIONS;
		this.draftLocationParents = new int[draft.locations().length];
		for (int k = 0; k < draftLocationParents.length; k++) {
			draftLocationParents[k] = vocabulary.parent(draft.locations()[k]);
		}
		this.signature = signature;
		this.limit = limit;
		this.maskBound = new MaskBound(signature, scorer, riskParentBits, modeParentBits);
		this.terms = scorer.terms();
		// With a margin of m days, a phase ending m + 1 days before the draft starts still leaves only m
		// free days between them: a near miss (see ConflictScorer).
		int margin = scorer.settings().marginDays();
		int reach = margin > 0 ? margin + 1 : 0;
		this.from = new int[draft.phaseStarts().length];
		this.to = new int[from.length];
		for (int p = 0; p < from.length; p++) {
			from[p] = draft.phaseStarts()[p] - reach;
			to[p] = draft.phaseEnds()[p] + reach;
		}
		this.best = new TopConflicts(limit);
	}

	/**
	 * The bucket's entries that meet window {@code p}, each scored once: from its row when the masks can tell,
	 * else by the exact scorer. Most candidates of a dense calendar stop on the cache lines their dates were read
	 * from: at the masks (no party and no place in common, or not enough in common to reach the worst score kept),
	 * or at the bound of their dates and parties as they are.
	 */
	void scan(Bucket bucket, int p) {
		long[] hot = bucket.hot;
		int size = bucket.size;
		int windowFrom = from[p];
		int windowTo = to[p];
		boolean complete = signature.masksComplete();
		long bar = best.bar();
		long below = terms.below(bar);
		for (int i = 0, base = 0; i < size; i++, base += Bucket.STRIDE) {
			long dates = hot[base + Bucket.DATES];
			// Meets the window when it ends on or after its first day and starts on or before its last.
			if (((Bucket.high(dates) - windowFrom) | (windowTo - Bucket.low(dates))) < 0) {
				continue;
			}
			long flags = hot[base + Bucket.FLAGS];
			int shared = maskBound.shared(hot, base);
			boolean masksExact = complete && Bucket.exact(flags);
			if (masksExact && (maskBound.best(shared) < bar || bar > 0 && !mayReach(hot, base, flags, shared, below))) {
				continue;
			}
			consider(bucket, i, p, flags, shared, masksExact);
			bar = best.bar();
			below = terms.below(bar);
		}
	}

	private void consider(Bucket bucket, int i, int p, long flags, int shared, boolean masksExact) {
		boolean placesInline = (shared & MaskBound.PLACE) == 0
				|| (Bucket.locationCount(flags) <= Bucket.INLINE_LOCATIONS && draftLocationsInline);
		if (!masksExact || !placesInline) {
			var operation = bucket.operations[i];
			if (operation != self && seenSlowly.add(operation)) {
				offer(operation, scorer.score(draft, operation));
			}
			return;
		}
		if (firstMeeting(bucket, i, p, flags)) {
			scoreInline(bucket, i, flags, shared);
		}
	}

	/** Counted at the first window (draft phase) the operation reaches, by its first phase reaching it. */
	private boolean firstMeeting(Bucket bucket, int i, int p, long flags) {
		long dates = bucket.hot[i * Bucket.STRIDE + Bucket.DATES];
		long dates2 = bucket.hot[i * Bucket.STRIDE + Bucket.DATES2];
		int s1 = Bucket.low(dates);
		int e1 = Bucket.high(dates);
		int s2 = Bucket.low(dates2);
		int e2 = Bucket.high(dates2);
		for (int q = 0; q < p; q++) {
			if (reaches(s1, e1, q) || (s2 >= 0 && reaches(s2, e2, q))) {
				return false;
			}
		}
		return Bucket.phase(flags) == 0 || !reaches(s2, e2, p);
	}

	private boolean reaches(int start, int end, int window) {
		return start <= to[window] && end >= from[window];
	}

	/**
	 * Scores entry {@code i} from the bucket's arrays, cheapest factors first. Once the list is full, the
	 * factors not yet computed are taken at their most (1, or 0 for what the masks rule out: see {@link MaskBound}):
	 * if even that bound stays below the worst kept score, the entry cannot make the list and the rest is never
	 * read.
	 */
	private void scoreInline(Bucket bucket, int i, long flags, int shared) {
		boolean mayShare = (shared & MaskBound.PLACE) != 0;
		int base = i * Bucket.STRIDE;
		long[] hot = bucket.hot;
		int days = daysInCommon(hot, base);
		double dates = scorer.dateFactor(days, days > 0 ? 0 : gapToDraft(hot, base));
		if (dates <= 0) {
			return;
		}
		int sharedParties = sharedPartyCount(hot, base);
		int smaller = Math.min(signature.partyCount(), Bucket.partyCount(flags));
		long bar = best.bar();
		double parties = smaller == 0 ? 0 : (double) sharedParties / smaller;
		double places = mayShare ? sharedPlaces(bucket, i, Bucket.locationCount(flags)) : 0;
		if (parties == 0 && places == 0) {
			return;
		}
		double riskFactor = ConflictScorer.overlapFactor(signature.risks(), signature.riskParents(),
				signature.riskCount(), hot[base + Bucket.RISKS], hot[base + Bucket.RISK_PARENTS], Bucket.riskCount(flags),
				riskParentBits);
		if (scorer.tenths(dates, parties, riskFactor, MaskBound.upTo(shared, MaskBound.MODE), places) < bar) {
			return;
		}
		double modeFactor = ConflictScorer.overlapFactor(signature.modes(), signature.modeParents(),
				signature.modeCount(), hot[base + Bucket.MODES], bucket.modeParents[i], Bucket.modeCount(flags),
				modeParentBits);
		double score = scorer.combine(dates, parties, riskFactor, modeFactor, places);
		// The checked operation's own entry (when the index holds it) is ruled out here, where few arrive:
		// reading the reference of every candidate would cost a stream of its own.
		var operation = bucket.operations[i];
		if (score >= 0 && operation != self) {
			best.offer(operation, Math.round(score * 10));
		}
	}

	/** {@link ConflictScorer#overlapFactor(int[], int[])} of the locations, from the bucket's inline copy. */
	private double sharedPlaces(Bucket bucket, int i, int theirs) {
		var mine = draft.locations();
		if (mine.length == 0 || theirs == 0) {
			return 0;
		}
		int base = i * Bucket.INLINE_LOCATIONS;
		int matches = 0;
		if (mine.length <= theirs) {
			for (int k = 0; k < mine.length; k++) {
				for (int j = 0; j < theirs; j++) {
					if (related(mine[k], draftLocationParents[k], bucket.locationIds[base + j],
							bucket.locationParents[base + j])) {
						matches++;
						break;
					}
				}
			}
		}
		else {
			for (int j = 0; j < theirs; j++) {
				for (int k = 0; k < mine.length; k++) {
					if (related(bucket.locationIds[base + j], bucket.locationParents[base + j], mine[k],
							draftLocationParents[k])) {
						matches++;
						break;
					}
				}
			}
		}
		return (double) matches / Math.min(mine.length, theirs);
	}

	private static boolean related(int item, int itemParent, int other, int otherParent) {
		return other == item || other == itemParent || otherParent == item;
	}

	/**
	 * Whether the entry's dates and parties as they are, with everything else at its most, can reach the bar
	 * ({@code below}: {@link ScoreTerms#below}), in integer arithmetic. Most entries that pass the masks stop here,
	 * on the cache lines already read.
	 */
	private boolean mayReach(long[] hot, int base, long flags, int shared, long below) {
		int smaller = Math.min(signature.partyCount(), Bucket.partyCount(flags));
		return terms.upperBound(daysInCommon(hot, base), sharedPartyCount(hot, base), smaller, shared) >= below;
	}

	/**
	 * Days the entry's phases (both, when it has two) have in common with the draft's. An entry without a second
	 * phase has -1 to -1 there, which meets no phase (phases lie in 2000–2100).
	 */
	private int daysInCommon(long[] hot, int base) {
		long dates = hot[base + Bucket.DATES];
		long dates2 = hot[base + Bucket.DATES2];
		int s1 = Bucket.low(dates);
		int e1 = Bucket.high(dates);
		int s2 = Bucket.low(dates2);
		int e2 = Bucket.high(dates2);
		int days = 0;
		for (int p = 0; p < draftStarts.length; p++) {
			days += PhaseDays.common(draftStarts[p], draftEnds[p], s1, e1)
					+ PhaseDays.common(draftStarts[p], draftEnds[p], s2, e2);
		}
		return days;
	}

	/** Free days between the closest of the entry's phases and the draft's (asked only when none overlap). */
	private int gapToDraft(long[] hot, int base) {
		long dates = hot[base + Bucket.DATES];
		long dates2 = hot[base + Bucket.DATES2];
		int gap = Integer.MAX_VALUE;
		for (int p = 0; p < draftStarts.length; p++) {
			gap = Math.min(gap, PhaseDays.gap(draftStarts[p], draftEnds[p], Bucket.low(dates), Bucket.high(dates)));
			if (Bucket.low(dates2) >= 0) {
				gap = Math.min(gap, PhaseDays.gap(draftStarts[p], draftEnds[p], Bucket.low(dates2), Bucket.high(dates2)));
			}
		}
		return gap;
	}

	private int sharedPartyCount(long[] hot, int base) {
		return Long.bitCount(signature.parties0() & hot[base + Bucket.PARTIES0])
				+ Long.bitCount(signature.parties1() & hot[base + Bucket.PARTIES1]);
	}

	private void offer(IndexedOperation operation, double score) {
		if (score >= 0) {
			best.offer(operation, Math.round(score * 10));
		}
	}

	List<ScoredConflict> explainedBest() {
		var ranked = best.ranked();
		var explained = new ArrayList<ScoredConflict>(ranked.size());
		for (var conflict : ranked) {
			explained.add(new ScoredConflict(conflict.operation(), conflict.score(),
					scorer.explain(draft, conflict.operation())));
		}
		return explained;
	}
}
