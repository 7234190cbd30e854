package eu.jcohub.deconfliction.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The best conflicts of one check, kept as primitives: scores in tenths of a point beside the operations, no
 * object per candidate. Until {@code limit} are held it only appends; at the limit it becomes a heap with the
 * worst on top (lowest score, then the name last in order), so that each later candidate is compared with one
 * entry. The ranking is the naive scan's: score from the highest, then the name.
 */
final class TopConflicts {

	private static final Comparator<IndexedOperation> BY_NAME = Comparator.comparing(IndexedOperation::name);

	private final int limit;
	private long[] tenths;
	private IndexedOperation[] operations;
	private int size;
	private boolean heap;

	TopConflicts(int limit) {
		this.limit = limit;
		int capacity = Math.max(1, Math.min(limit, 256));
		this.tenths = new long[capacity];
		this.operations = new IndexedOperation[capacity];
	}

	int size() {
		return size;
	}

	/**
	 * The score (tenths) a candidate must at least reach to be kept: {@link Long#MIN_VALUE} while there is room.
	 * A candidate whose upper bound is below it cannot enter; one equal to it may, by its name.
	 */
	long bar() {
		return heap ? tenths[0] : Long.MIN_VALUE;
	}

	void offer(IndexedOperation operation, long score) {
		if (!heap) {
			if (size == tenths.length) {
				int capacity = (int) Math.min(limit, 2L * size);
				tenths = Arrays.copyOf(tenths, capacity);
				operations = Arrays.copyOf(operations, capacity);
			}
			tenths[size] = score;
			operations[size] = operation;
			size++;
			if (size == limit) {
				for (int i = size / 2 - 1; i >= 0; i--) {
					siftDown(i);
				}
				heap = true;
			}
			return;
		}
		if (worse(score, operation, 0)) {
			return;
		}
		tenths[0] = score;
		operations[0] = operation;
		siftDown(0);
	}

	/** Is (score, operation) ranked below or equal to entry {@code i}? */
	private boolean worse(long score, IndexedOperation operation, int i) {
		return score < tenths[i] || (score == tenths[i] && operation.name().compareTo(operations[i].name()) >= 0);
	}

	/** Entry a ranks below entry b: lower score, or the same score and a later name. */
	private boolean below(int a, int b) {
		return tenths[a] < tenths[b]
				|| (tenths[a] == tenths[b] && operations[a].name().compareTo(operations[b].name()) > 0);
	}

	private void siftDown(int i) {
		while (true) {
			int left = 2 * i + 1;
			if (left >= size) {
				return;
			}
			int right = left + 1;
			int child = right < size && below(right, left) ? right : left;
			if (!below(child, i)) {
				return;
			}
			swap(i, child);
			i = child;
		}
	}

	private void swap(int a, int b) {
		long t = tenths[a];
		tenths[a] = tenths[b];
		tenths[b] = t;
		var o = operations[a];
		operations[a] = operations[b];
		operations[b] = o;
	}

	/** The kept conflicts, best first, not yet explained. */
	List<ScoredConflict> ranked() {
		// Sort by score on primitives, then by name only within each run of equal scores.
		var keys = new long[size];
		for (int i = 0; i < size; i++) {
			keys[i] = (-tenths[i] << 32) | i;
		}
		Arrays.sort(keys);
		var ordered = new IndexedOperation[size];
		var scores = new long[size];
		for (int i = 0; i < size; i++) {
			int at = (int) keys[i];
			ordered[i] = operations[at];
			scores[i] = tenths[at];
		}
		for (int from = 0; from < size;) {
			int to = from + 1;
			while (to < size && scores[to] == scores[from]) {
				to++;
			}
			if (to - from > 1) {
				Arrays.sort(ordered, from, to, BY_NAME);
			}
			from = to;
		}
		var ranked = new ArrayList<ScoredConflict>(size);
		for (int i = 0; i < size; i++) {
			ranked.add(new ScoredConflict(ordered[i], scores[i] / 10.0, null));
		}
		return ranked;
	}
}
