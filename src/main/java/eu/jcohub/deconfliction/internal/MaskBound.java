package eu.jcohub.deconfliction.internal;

/**
 * The highest score an entry can reach, told from its masks alone, before its dates or anything else is scored:
 * which of the draft's parties, places, risk areas and transport modes it may share. A dimension it cannot share
 * scores 0, one it may share at most 1, the dates at most 1; {@link ConflictScorer#tenths} is monotonic in each
 * factor, so the score of that combination bounds the entry's. An entry that shares neither a party nor a place
 * is no conflict at all. The masks must be exact on both sides (no code without a bit).
 */
final class MaskBound {

	static final int PARTY = 1;
	static final int PLACE = 2;
	static final int RISK = 4;
	static final int MODE = 8;

	private final Signature draft;
	/** The bits related to one of the draft's (equal, parent or child), as the overlap factors relate them. */
	private final long relatedRisks;
	private final long relatedModes;
	/** Per combination of the flags above: the highest score in tenths, or -1 when it is no conflict. */
	private final long[] best = new long[16];

	MaskBound(Signature draft, ConflictScorer scorer, int[] riskParentBits, int[] modeParentBits) {
		this.draft = draft;
		this.relatedRisks = ConflictScorer.relatedBits(draft.risks(), draft.riskParents(), riskParentBits);
		this.relatedModes = ConflictScorer.relatedBits(draft.modes(), draft.modeParents(), modeParentBits);
		for (int shared = 0; shared < best.length; shared++) {
			best[shared] = (shared & (PARTY | PLACE)) == 0 ? -1
					: scorer.tenths(1, upTo(shared, PARTY), upTo(shared, RISK), upTo(shared, MODE), upTo(shared, PLACE));
		}
	}

	/** The most a factor can be for an entry that may share these dimensions: 1 if it may share this one, else 0. */
	static double upTo(int shared, int dimension) {
		return (shared & dimension) != 0 ? 1 : 0;
	}

	/** The highest score (tenths) of an entry that may share these dimensions, or -1 if it is no conflict. */
	long best(int shared) {
		return best[shared];
	}

	/**
	 * The dimensions the entry at {@code base} in a bucket's {@link Bucket#hot} array may share with the draft,
	 * the location filters included. Computed without a branch: whether a candidate shares a party, a place, a
	 * risk area or a mode is not predictable, and a mispredicted branch costs more than the arithmetic.
	 */
	int shared(long[] hot, int base) {
		long party = nonZero((draft.parties0() & hot[base + Bucket.PARTIES0])
				| (draft.parties1() & hot[base + Bucket.PARTIES1]));
		long place = nonZero((draft.locations() & hot[base + Bucket.LOCATIONS_UP])
				| (draft.locationsUp() & hot[base + Bucket.LOCATIONS]));
		long risk = nonZero(relatedRisks & hot[base + Bucket.RISKS]);
		long mode = nonZero(relatedModes & hot[base + Bucket.MODES]);
		return (int) (party | place << 1 | risk << 2 | mode << 3);
	}

	/** 1 if {@code x} has a bit set, else 0. */
	private static long nonZero(long x) {
		return (x | -x) >>> 63;
	}
}
