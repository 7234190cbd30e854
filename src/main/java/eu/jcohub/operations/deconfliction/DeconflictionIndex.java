package eu.jcohub.operations.deconfliction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * All operations, bucketed by the start day of each phase. Phases are kept in tiers by length (up to a month,
 * up to a year, longer); a check visits in each tier only the days from which a phase of that tier can reach
 * the checked dates, so even the rare long phases cost a bounded look. Many readers, one writer at a time.
 */
public final class DeconflictionIndex {

	private static final Comparator<ScoredConflict> BEST_FIRST = Comparator
		.comparingDouble(ScoredConflict::score).reversed()
		.thenComparing(conflict -> conflict.operation().name());

	private final ConflictScorer scorer;
	private final Map<UUID, IndexedOperation> byId = new HashMap<>();
	private final Tier[] tiers = { new Tier(15), new Tier(31), new Tier(366) };
	/** Phases longer than a year: rare, looked at on every check. */
	private final Bucket veryLong = new Bucket();
	private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

	public DeconflictionIndex(ConflictScorer scorer) {
		this.scorer = scorer;
	}

	/** Adds or replaces an operation; an older version than the one held is ignored. */
	public void put(IndexedOperation operation) {
		lock.writeLock().lock();
		try {
			var held = byId.get(operation.id());
			if (held != null) {
				if (held.version() > operation.version()) {
					return;
				}
				unlink(held);
			}
			byId.put(operation.id(), operation);
			link(operation);
		}
		finally {
			lock.writeLock().unlock();
		}
	}

	public void remove(UUID id) {
		lock.writeLock().lock();
		try {
			var held = byId.remove(id);
			if (held != null) {
				unlink(held);
			}
		}
		finally {
			lock.writeLock().unlock();
		}
	}

	public int size() {
		lock.readLock().lock();
		try {
			return byId.size();
		}
		finally {
			lock.readLock().unlock();
		}
	}

	public long versionOf(UUID id) {
		lock.readLock().lock();
		try {
			var held = byId.get(id);
			return held == null ? -1 : held.version();
		}
		finally {
			lock.readLock().unlock();
		}
	}

	/** Every operation that conflicts with the given one (itself excluded), highest score first, explained. */
	public List<ScoredConflict> conflictsWith(IndexedOperation draft) {
		return conflictsWith(draft, Integer.MAX_VALUE);
	}

	/**
	 * The {@code limit} highest-scoring conflicts, explained. Every candidate is scored; only those returned
	 * are explained, and they are kept in a bounded heap rather than sorting everything.
	 */
	public List<ScoredConflict> conflictsWith(IndexedOperation draft, int limit) {
		var best = new PriorityQueue<ScoredConflict>(Math.min(limit, 1024), BEST_FIRST.reversed());
		lock.readLock().lock();
		try {
			visitCandidates(draft, candidate -> {
				if (candidate.id().equals(draft.id())) {
					return;
				}
				double score = scorer.score(draft, candidate);
				if (score < 0) {
					return;
				}
				var conflict = new ScoredConflict(candidate, score, null);
				if (best.size() < limit) {
					best.add(conflict);
				}
				else if (BEST_FIRST.compare(conflict, best.peek()) < 0) {
					best.poll();
					best.add(conflict);
				}
			});
		}
		finally {
			lock.readLock().unlock();
		}
		var sorted = new ArrayList<>(best);
		sorted.sort(BEST_FIRST);
		var explained = new ArrayList<ScoredConflict>(sorted.size());
		for (var conflict : sorted) {
			explained.add(new ScoredConflict(conflict.operation(), conflict.score(),
					scorer.explain(draft, conflict.operation())));
		}
		return explained;
	}

	private void visitCandidates(IndexedOperation draft, java.util.function.Consumer<IndexedOperation> visitor) {
		// With a margin of m days, a phase ending m + 1 days before the draft starts still leaves only m free
		// days between them: that is a near miss (see ConflictScorer).
		int margin = scorer.settings().marginDays();
		int reach = margin > 0 ? margin + 1 : 0;
		boolean singlePhaseDraft = draft.phaseStarts().length == 1;
		Set<IndexedOperation> seen = singlePhaseDraft ? null : Collections.newSetFromMap(new IdentityHashMap<>());
		for (int p = 0; p < draft.phaseStarts().length; p++) {
			int from = draft.phaseStarts()[p] - reach;
			int to = draft.phaseEnds()[p] + reach;
			PhaseVisitor once = (operation, phase) -> {
				// An operation with several phases is met once per phase that reaches the dates: score it once.
				if (seen != null) {
					if (seen.add(operation)) {
						visitor.accept(operation);
					}
				}
				else if (operation.phaseStarts().length == 1 || phase == firstReachingPhase(operation, from, to)) {
					visitor.accept(operation);
				}
			};
			for (var tier : tiers) {
				tier.visit(from, to, once);
			}
			veryLong.visit(from, to, once);
		}
	}

	private static int firstReachingPhase(IndexedOperation operation, int from, int to) {
		for (int i = 0; i < operation.phaseStarts().length; i++) {
			if (operation.phaseStarts()[i] <= to && operation.phaseEnds()[i] >= from) {
				return i;
			}
		}
		return -1;
	}

	private void link(IndexedOperation operation) {
		for (int i = 0; i < operation.phaseStarts().length; i++) {
			var tier = tierFor(operation, i);
			if (tier == null) {
				veryLong.add(operation, i);
			}
			else {
				tier.add(operation, i);
			}
		}
	}

	private void unlink(IndexedOperation operation) {
		for (int i = 0; i < operation.phaseStarts().length; i++) {
			var tier = tierFor(operation, i);
			if (tier == null) {
				veryLong.remove(operation, i);
			}
			else {
				tier.remove(operation, i);
			}
		}
	}

	private @org.jspecify.annotations.Nullable Tier tierFor(IndexedOperation operation, int phase) {
		int length = operation.phaseEnds()[phase] - operation.phaseStarts()[phase] + 1;
		for (var tier : tiers) {
			if (length <= tier.maxLength) {
				return tier;
			}
		}
		return null;
	}

	@FunctionalInterface
	private interface PhaseVisitor {

		void visit(IndexedOperation operation, int phase);
	}

	/** Phases of at most {@code maxLength} days, bucketed by start day in an array over the whole date range. */
	private static final class Tier {

		private final int maxLength;
		private final Bucket[] buckets = new Bucket[Phase.DAYS];

		Tier(int maxLength) {
			this.maxLength = maxLength;
		}

		void add(IndexedOperation operation, int phase) {
			int day = Phase.index(operation.phaseStarts()[phase]);
			if (buckets[day] == null) {
				buckets[day] = new Bucket();
			}
			buckets[day].add(operation, phase);
		}

		void remove(IndexedOperation operation, int phase) {
			var bucket = buckets[Phase.index(operation.phaseStarts()[phase])];
			if (bucket != null) {
				bucket.remove(operation, phase);
			}
		}

		void visit(int from, int to, PhaseVisitor visitor) {
			int first = Math.max(0, Phase.index(from - maxLength + 1));
			int last = Math.min(buckets.length - 1, Phase.index(to));
			for (int day = first; day <= last; day++) {
				var bucket = buckets[day];
				if (bucket != null) {
					bucket.visitEndingFrom(from, visitor);
				}
			}
		}
	}

	/** The phases starting on one day: their operations, phase numbers and end days side by side. */
	private static final class Bucket {

		private IndexedOperation[] operations = new IndexedOperation[2];
		private int[] phases = new int[2];
		private int[] ends = new int[2];
		private int size;

		void add(IndexedOperation operation, int phase) {
			if (size == operations.length) {
				operations = Arrays.copyOf(operations, size * 2);
				phases = Arrays.copyOf(phases, size * 2);
				ends = Arrays.copyOf(ends, size * 2);
			}
			operations[size] = operation;
			phases[size] = phase;
			ends[size] = operation.phaseEnds()[phase];
			size++;
		}

		void remove(IndexedOperation operation, int phase) {
			for (int i = 0; i < size; i++) {
				if (operations[i] == operation && phases[i] == phase) {
					size--;
					operations[i] = operations[size];
					phases[i] = phases[size];
					ends[i] = ends[size];
					operations[size] = null;
					return;
				}
			}
		}

		/** Phases of this bucket (all starting on or before {@code to}) that end on or after {@code from}. */
		void visitEndingFrom(int from, PhaseVisitor visitor) {
			for (int i = 0; i < size; i++) {
				if (ends[i] >= from) {
					visitor.visit(operations[i], phases[i]);
				}
			}
		}

		/** Phases of any start that meet the range (for phases kept outside the day buckets). */
		void visit(int from, int to, PhaseVisitor visitor) {
			for (int i = 0; i < size; i++) {
				if (ends[i] >= from && operations[i].phaseStarts()[phases[i]] <= to) {
					visitor.visit(operations[i], phases[i]);
				}
			}
		}
	}

	/** The date range the index covers, as day numbers from its first day. */
	static final class Phase {

		static final int FIRST_DAY = (int) eu.jcohub.operations.Phase.EARLIEST.toEpochDay();
		static final int DAYS = (int) eu.jcohub.operations.Phase.LATEST.toEpochDay() - FIRST_DAY + 1;

		static int index(int epochDay) {
			return epochDay - FIRST_DAY;
		}
	}
}
