package eu.jcohub.operations.deconfliction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * All operations, bucketed by the start day of each phase. A check visits only the buckets whose phases can
 * reach the checked dates: phases of at most {@value #SHORT_PHASE_DAYS} days are found from their start day;
 * the few longer ones are kept apart and always looked at. Many readers, one writer at a time.
 */
public final class DeconflictionIndex {

	/** Phases up to this long live in day buckets; longer ones in a separate list. */
	static final int SHORT_PHASE_DAYS = 31;

	private final ConflictScorer scorer;
	private final Map<UUID, IndexedOperation> byId = new HashMap<>();
	private final Map<Integer, List<IndexedOperation>> byStartDay = new HashMap<>();
	private final List<IndexedOperation> longPhases = new ArrayList<>();
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

	/** The operations that conflict with the given one (itself excluded), highest score first, explained. */
	public List<ScoredConflict> conflictsWith(IndexedOperation draft) {
		var scored = new ArrayList<ScoredConflict>();
		lock.readLock().lock();
		try {
			for (var candidate : candidates(draft)) {
				if (candidate.id().equals(draft.id())) {
					continue;
				}
				double score = scorer.score(draft, candidate);
				if (score >= 0) {
					scored.add(new ScoredConflict(candidate, score, null));
				}
			}
		}
		finally {
			lock.readLock().unlock();
		}
		scored.sort(Comparator.comparingDouble(ScoredConflict::score).reversed()
			.thenComparing(conflict -> conflict.operation().name()));
		var explained = new ArrayList<ScoredConflict>(scored.size());
		for (var conflict : scored) {
			explained.add(new ScoredConflict(conflict.operation(), conflict.score(),
					scorer.explain(draft, conflict.operation())));
		}
		return explained;
	}

	private Set<IndexedOperation> candidates(IndexedOperation draft) {
		// With a margin of m days, a phase ending m + 1 days before the draft starts still leaves only m free
		// days between them: that is a near miss (see ConflictScorer).
		int margin = scorer.settings().marginDays();
		int reach = margin > 0 ? margin + 1 : 0;
		Set<IndexedOperation> found = Collections.newSetFromMap(new IdentityHashMap<>());
		for (int p = 0; p < draft.phaseStarts().length; p++) {
			int from = draft.phaseStarts()[p] - reach;
			int to = draft.phaseEnds()[p] + reach;
			for (int day = from - SHORT_PHASE_DAYS + 1; day <= to; day++) {
				var bucket = byStartDay.get(day);
				if (bucket != null) {
					collect(bucket, day, from, found);
				}
			}
			for (var operation : longPhases) {
				if (reaches(operation, from, to)) {
					found.add(operation);
				}
			}
		}
		return found;
	}

	private static void collect(List<IndexedOperation> bucket, int startDay, int from, Set<IndexedOperation> found) {
		for (var operation : bucket) {
			var starts = operation.phaseStarts();
			for (int i = 0; i < starts.length; i++) {
				if (starts[i] == startDay && operation.phaseEnds()[i] >= from) {
					found.add(operation);
					break;
				}
			}
		}
	}

	private static boolean reaches(IndexedOperation operation, int from, int to) {
		for (int i = 0; i < operation.phaseStarts().length; i++) {
			if (operation.phaseStarts()[i] <= to && operation.phaseEnds()[i] >= from) {
				return true;
			}
		}
		return false;
	}

	private void link(IndexedOperation operation) {
		boolean isLong = false;
		for (int i = 0; i < operation.phaseStarts().length; i++) {
			int length = operation.phaseEnds()[i] - operation.phaseStarts()[i] + 1;
			if (length > SHORT_PHASE_DAYS) {
				isLong = true;
			}
			else {
				var bucket = byStartDay.computeIfAbsent(operation.phaseStarts()[i], day -> new ArrayList<>(4));
				if (bucket.isEmpty() || bucket.get(bucket.size() - 1) != operation) {
					bucket.add(operation);
				}
			}
		}
		if (isLong) {
			longPhases.add(operation);
		}
	}

	private void unlink(IndexedOperation operation) {
		for (int start : operation.phaseStarts()) {
			var bucket = byStartDay.get(start);
			if (bucket != null) {
				bucket.removeIf(held -> held == operation);
				if (bucket.isEmpty()) {
					byStartDay.remove(start);
				}
			}
		}
		longPhases.removeIf(held -> held == operation);
	}
}
