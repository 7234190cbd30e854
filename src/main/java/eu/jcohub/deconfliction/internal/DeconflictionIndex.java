package eu.jcohub.deconfliction.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import eu.jcohub.shared.OperationId;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * All operations, bucketed by the start day of each phase, in tiers by phase length (up to two weeks, a month,
 * a year; longer ones apart). A check visits in each tier only the days from which a phase of that tier can
 * reach the checked dates. Each bucket keeps what scoring needs inline — dates and the lists as bit masks — so
 * a check reads memory in order and touches an operation itself only when the masks cannot decide (a rare code,
 * more than two phases, a possibly shared location) or when the operation makes the list. Many readers, one
 * writer at a time.
 */
public final class DeconflictionIndex {

	private final ConflictScorer scorer;
	private final Vocabulary vocabulary;
	private final BitSpace parties;
	private final BitSpace risks;
	private final BitSpace modes;
	private final Map<OperationId, IndexedOperation> byId = new HashMap<>();
	private final Map<OperationId, Signature> signatures = new HashMap<>();
	/**
	 * A long tier is looked at over many days with few phases starting on each: its buckets gather several days,
	 * so that a check visits a few full buckets instead of hundreds of nearly empty ones.
	 */
	private final Tier[] tiers = { new Tier(15, 1), new Tier(31, 2), new Tier(366, 32) };
	/** Phases longer than a year: rare, looked at on every check. */
	private final Bucket veryLong = new Bucket();
	private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

	public DeconflictionIndex(ConflictScorer scorer) {
		this.scorer = scorer;
		this.vocabulary = scorer.vocabulary();
		this.parties = new BitSpace(128, vocabulary);
		this.risks = new BitSpace(64, vocabulary);
		this.modes = new BitSpace(64, vocabulary);
	}

	/** Adds or replaces an operation; an older version than the one held is ignored. */
	public void put(IndexedOperation operation) {
		var signature = signatureOf(operation);
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
			signatures.put(operation.id(), signature);
			link(operation, signature);
		}
		finally {
			lock.writeLock().unlock();
		}
	}

	public void remove(OperationId id) {
		lock.writeLock().lock();
		try {
			var held = byId.remove(id);
			signatures.remove(id);
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

	public long versionOf(OperationId id) {
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
	 * are explained, kept in a bounded heap rather than sorting everything.
	 */
	public List<ScoredConflict> conflictsWith(IndexedOperation draft, int limit) {
		var signature = signatureOf(draft);
		IndexCheck check;
		lock.readLock().lock();
		try {
			// Made under the lock: the bit tables it copies then know every code of every operation held.
			check = new IndexCheck(draft, signature, limit, scorer, risks, modes);
			check.self = byId.get(draft.id());
			for (int p = 0; p < check.from.length; p++) {
				for (var tier : tiers) {
					tier.scan(p, check);
				}
				check.scan(veryLong, p);
			}
		}
		finally {
			lock.readLock().unlock();
		}
		return check.explainedBest();
	}

	private Signature signatureOf(IndexedOperation operation) {
		return Signature.of(operation, parties, risks, modes, vocabulary);
	}

	private void link(IndexedOperation operation, Signature signature) {
		for (int i = 0; i < operation.phaseStarts().length; i++) {
			var tier = tierFor(operation, i);
			(tier == null ? veryLong : tier.bucketFor(operation.phaseStarts()[i])).add(operation, i, signature, vocabulary);
		}
	}

	private void unlink(IndexedOperation operation) {
		for (int i = 0; i < operation.phaseStarts().length; i++) {
			var tier = tierFor(operation, i);
			var bucket = tier == null ? veryLong : tier.existingBucket(operation.phaseStarts()[i]);
			if (bucket != null) {
				bucket.remove(operation, i);
			}
		}
	}

	private Tier tierFor(IndexedOperation operation, int phase) {
		int length = operation.phaseEnds()[phase] - operation.phaseStarts()[phase] + 1;
		for (var tier : tiers) {
			if (length <= tier.maxLength) {
				return tier;
			}
		}
		return null;
	}
}
