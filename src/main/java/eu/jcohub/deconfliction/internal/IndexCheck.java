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

	/** Entry {@code i} of the bucket reaches window {@code p}: score it once, fast if the masks can. */
	void consider(Bucket bucket, int i, int p) {
		long flags = bucket.hot[i * Bucket.STRIDE + Bucket.FLAGS];
		boolean masksExact = Bucket.exact(flags) && signature.masksComplete();
		boolean mayShare = maySharePlace(bucket, i);
		// Most candidates of a dense calendar stop here, on the cache line their dates were read from: no party
		// and no place in common, or not enough in common to reach the worst score kept.
		int shared = masksExact ? maskBound.shared(bucket.hot, i * Bucket.STRIDE, mayShare) : 0;
		if (masksExact && maskBound.best(shared) < best.bar()) {
			return;
		}
		boolean placesInline = !mayShare
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

	private boolean maySharePlace(Bucket bucket, int i) {
		int base = i * Bucket.STRIDE;
		return (signature.locations() & bucket.hot[base + Bucket.LOCATIONS_UP]) != 0
				|| (signature.locationsUp() & bucket.hot[base + Bucket.LOCATIONS]) != 0;
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
		int days = 0;
		int gap = Integer.MAX_VALUE;
		int s1 = Bucket.low(hot[base + Bucket.DATES]);
		int e1 = Bucket.high(hot[base + Bucket.DATES]);
		int s2 = Bucket.low(hot[base + Bucket.DATES2]);
		int e2 = Bucket.high(hot[base + Bucket.DATES2]);
		for (int p = 0; p < from.length; p++) {
			int ds = draftStarts[p];
			int de = draftEnds[p];
			days += PhaseDays.common(ds, de, s1, e1);
			gap = Math.min(gap, PhaseDays.gap(ds, de, s1, e1));
			if (s2 >= 0) {
				days += PhaseDays.common(ds, de, s2, e2);
				gap = Math.min(gap, PhaseDays.gap(ds, de, s2, e2));
			}
		}
		double dates = scorer.dateFactor(days, days > 0 ? 0 : gap);
		if (dates <= 0) {
			return;
		}
		double parties = sharedParties(hot, base, flags);
		long bar = best.bar();
		if (bar > 0 && scorer.tenths(dates, parties, MaskBound.upTo(shared, MaskBound.RISK),
				MaskBound.upTo(shared, MaskBound.MODE), MaskBound.upTo(shared, MaskBound.PLACE)) < bar) {
			return;
		}
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

	private double sharedParties(long[] hot, int base, long flags) {
		int mine = signature.partyCount();
		int theirs = Bucket.partyCount(flags);
		if (mine == 0 || theirs == 0) {
			return 0;
		}
		int shared = Long.bitCount(signature.parties0() & hot[base + Bucket.PARTIES0])
				+ Long.bitCount(signature.parties1() & hot[base + Bucket.PARTIES1]);
		return (double) shared / Math.min(mine, theirs);
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
