package eu.jcohub.deconfliction.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The best conflicts of one check. Scores are tenths of a point (0–1000), so the candidates are kept in one
 * list per score: keeping one is an append, and a candidate is compared with the others by its score alone —
 * never by its name, which would fetch the operation and its name from memory for every tie at the last place.
 * Names decide only at the end, within the lowest score kept. Once {@code limit} candidates score at or above
 * some level, everything below that level (the {@link #bar()}) is dropped and never kept again. The ranking is
 * the naive scan's: score from the highest, then the name.
 */
final class TopConflicts {

	private static final int LEVELS = 1001;
	private static final Comparator<IndexedOperation> BY_NAME = Comparator.comparing(IndexedOperation::name);

	private final int limit;
	private final IndexedOperation[][] levels = new IndexedOperation[LEVELS][];
	private final int[] counts = new int[LEVELS];
	private int bar;
	private long kept;
	/** What {@link #fetchAhead} read, kept so that the reads are not left out as unused. */
	private int fetched;

	TopConflicts(int limit) {
		this.limit = limit;
	}

	/**
	 * The lowest score (tenths) that can still be kept: a candidate whose upper bound is below it cannot enter;
	 * one equal to it may, by its name.
	 */
	long bar() {
		return bar;
	}

	void offer(IndexedOperation operation, long score) {
		if (score < bar || limit <= 0) {
			return;
		}
		int level = (int) Math.min(LEVELS - 1, score);
		var list = levels[level];
		if (list == null) {
			list = levels[level] = new IndexedOperation[8];
		}
		else if (counts[level] == list.length) {
			list = levels[level] = Arrays.copyOf(list, list.length * 2);
		}
		list[counts[level]++] = operation;
		kept++;
		// The lowest level is not needed once the levels above it hold the limit on their own.
		while (kept - counts[bar] >= limit) {
			kept -= counts[bar];
			counts[bar] = 0;
			levels[bar] = null;
			do {
				bar++;
			}
			while (counts[bar] == 0);
		}
	}

	/**
	 * Reads each kept operation's name, then its lists, before sorting by name and explaining use them. The
	 * operations lie scattered over the heap and are seldom in cache; these reads do not wait for each other,
	 * so the processor fetches many at once, where the sort and the explanations would fetch one after another.
	 */
	private void fetchAhead() {
		int read = 0;
		for (int level = LEVELS - 1; level >= bar; level--) {
			var list = levels[level];
			for (int i = 0; i < counts[level]; i++) {
				read += list[i].name().length();
			}
		}
		for (int level = LEVELS - 1; level >= bar; level--) {
			var list = levels[level];
			for (int i = 0; i < counts[level]; i++) {
				var operation = list[i];
				read += operation.phaseStarts().length + operation.phaseEnds().length + operation.parties().length
						+ operation.riskAreas().length + operation.modes().length + operation.locations().length;
			}
		}
		fetched = read;
	}

	/** The kept conflicts, best first, at most {@code limit}, not yet explained. */
	List<ScoredConflict> ranked() {
		fetchAhead();
		var ranked = new ArrayList<ScoredConflict>((int) Math.min(limit, kept));
		for (int level = LEVELS - 1; level >= bar && ranked.size() < limit; level--) {
			int count = counts[level];
			if (count == 0) {
				continue;
			}
			var list = levels[level];
			Arrays.sort(list, 0, count, BY_NAME);
			double score = level / 10.0;
			for (int i = 0; i < count && ranked.size() < limit; i++) {
				ranked.add(new ScoredConflict(list[i], score, null));
			}
		}
		return ranked;
	}
}
