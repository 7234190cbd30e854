package eu.jcohub.deconfliction.internal;

/**
 * The day arithmetic of deconfliction, defined once: phases are inclusive ranges of epoch days. The index scores
 * from its arrays with the two-range forms; the scorer and its explanations use the per-operation sums.
 */
final class PhaseDays {

	private PhaseDays() {
	}

	/** Days two inclusive ranges have in common (0 if none). */
	static int common(int start1, int end1, int start2, int end2) {
		return Math.max(0, Math.min(end1, end2) - Math.max(start1, start2) + 1);
	}

	/** Free days between two ranges (0 when they overlap or touch). */
	static int gap(int start1, int end1, int start2, int end2) {
		return Math.max(0, Math.max(start1 - end2, start2 - end1) - 1);
	}

	/** Days the phases of {@code a} and {@code b} have in common, over every pair of phases. */
	static int inCommon(IndexedOperation a, IndexedOperation b) {
		int days = 0;
		for (int i = 0; i < a.phaseStarts().length; i++) {
			for (int j = 0; j < b.phaseStarts().length; j++) {
				days += common(a.phaseStarts()[i], a.phaseEnds()[i], b.phaseStarts()[j], b.phaseEnds()[j]);
			}
		}
		return days;
	}

	/** Free days between the closest phases of the two (0 when any overlap or touch). */
	static int gapBetween(IndexedOperation a, IndexedOperation b) {
		int best = Integer.MAX_VALUE;
		for (int i = 0; i < a.phaseStarts().length; i++) {
			for (int j = 0; j < b.phaseStarts().length; j++) {
				best = Math.min(best, gap(a.phaseStarts()[i], a.phaseEnds()[i], b.phaseStarts()[j], b.phaseEnds()[j]));
			}
		}
		return best;
	}
}
