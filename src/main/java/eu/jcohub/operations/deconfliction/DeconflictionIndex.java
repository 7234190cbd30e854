package eu.jcohub.operations.deconfliction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.UUID;
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
	private final Map<UUID, IndexedOperation> byId = new HashMap<>();
	private final Map<UUID, Signature> signatures = new HashMap<>();
	private final Tier[] tiers = { new Tier(15), new Tier(31), new Tier(366) };
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

	public void remove(UUID id) {
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
	 * are explained, kept in a bounded heap rather than sorting everything.
	 */
	public List<ScoredConflict> conflictsWith(IndexedOperation draft, int limit) {
		var check = new Check(draft, signatureOf(draft), limit);
		lock.readLock().lock();
		try {
			check.self = byId.get(draft.id());
			for (int p = 0; p < check.from.length; p++) {
				for (var tier : tiers) {
					tier.scan(p, check);
				}
				veryLong.scanAll(p, check);
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

	/** One check: the draft's phases as windows, its masks, and the best conflicts found so far. */
	private final class Check {

		final IndexedOperation draft;
		final Signature signature;
		final int limit;
		final int[] from;
		final int[] to;
		final int[] riskParentBits = risks.parentBits();
		final int[] modeParentBits = modes.parentBits();
		final PriorityQueue<ScoredConflict> best;
		final Set<IndexedOperation> seenSlowly = Collections.newSetFromMap(new IdentityHashMap<>());
		/**
		 * The checked operation's own entry, if the index holds it: compared by reference, because reading each
		 * candidate's id would fetch every candidate from memory.
		 */
		IndexedOperation self;

		final boolean draftLocationsInline;
		final int[] draftLocationParents;

		Check(IndexedOperation draft, Signature signature, int limit) {
			this.draft = draft;
			this.draftLocationsInline = draft.locations().length <= Bucket.INLINE_LOCATIONS;
			this.draftLocationParents = new int[draft.locations().length];
			for (int k = 0; k < draftLocationParents.length; k++) {
				draftLocationParents[k] = vocabulary.parent(draft.locations()[k]);
			}
			this.signature = signature;
			this.limit = limit;
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
			this.best = new PriorityQueue<>(Math.min(limit, 1024), Check::worstFirst);
		}

		/** Entry {@code i} of the bucket reaches window {@code p}: score it once, fast if the masks can. */
		void consider(Bucket bucket, int i, int p) {
			var operation = bucket.operations[i];
			if (operation == self) {
				return;
			}
			boolean placesInline = !maySharePlace(bucket, i)
					|| (bucket.locationCounts[i] <= Bucket.INLINE_LOCATIONS && draftLocationsInline);
			if (!bucket.exact[i] || !signature.masksComplete() || !placesInline) {
				if (seenSlowly.add(operation)) {
					offer(operation, scorer.score(draft, operation));
				}
				return;
			}
			if (firstMeeting(bucket, i, p)) {
				offer(operation, fastScore(bucket, i));
			}
		}

		private boolean maySharePlace(Bucket bucket, int i) {
			return (signature.locations() & bucket.locationsUp[i]) != 0
					|| (signature.locationsUp() & bucket.locations[i]) != 0;
		}

		/** Counted at the first window (draft phase) the operation reaches, by its first phase reaching it. */
		private boolean firstMeeting(Bucket bucket, int i, int p) {
			int s1 = bucket.starts[i];
			int e1 = bucket.ends[i];
			int s2 = bucket.starts2[i];
			int e2 = bucket.ends2[i];
			for (int q = 0; q < p; q++) {
				if (reaches(s1, e1, q) || (s2 >= 0 && reaches(s2, e2, q))) {
					return false;
				}
			}
			return bucket.phases[i] == 0 || !reaches(s2, e2, p);
		}

		private boolean reaches(int start, int end, int window) {
			return start <= to[window] && end >= from[window];
		}

		private double fastScore(Bucket bucket, int i) {
			int days = 0;
			int gap = Integer.MAX_VALUE;
			for (int p = 0; p < from.length; p++) {
				int ds = draft.phaseStarts()[p];
				int de = draft.phaseEnds()[p];
				days += common(ds, de, bucket.starts[i], bucket.ends[i]);
				gap = Math.min(gap, gap(ds, de, bucket.starts[i], bucket.ends[i]));
				if (bucket.starts2[i] >= 0) {
					days += common(ds, de, bucket.starts2[i], bucket.ends2[i]);
					gap = Math.min(gap, gap(ds, de, bucket.starts2[i], bucket.ends2[i]));
				}
			}
			double dates = scorer.dateFactor(days, days > 0 ? 0 : gap);
			if (dates <= 0) {
				return -1;
			}
			double shared = sharedParties(bucket, i);
			double places = maySharePlace(bucket, i) ? sharedPlaces(bucket, i) : 0;
			if (shared == 0 && places == 0) {
				return -1;
			}
			double riskFactor = ConflictScorer.overlapFactor(signature.risks(), signature.riskParents(),
					signature.riskCount(), bucket.risks[i], bucket.riskParents[i], bucket.riskCounts[i], riskParentBits);
			double modeFactor = ConflictScorer.overlapFactor(signature.modes(), signature.modeParents(),
					signature.modeCount(), bucket.modes[i], bucket.modeParents[i], bucket.modeCounts[i], modeParentBits);
			return scorer.combine(dates, shared, riskFactor, modeFactor, places);
		}

		/** {@link ConflictScorer#overlapFactor(int[], int[])} of the locations, from the bucket's inline copy. */
		private double sharedPlaces(Bucket bucket, int i) {
			var mine = draft.locations();
			int theirs = bucket.locationCounts[i];
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

		private double sharedParties(Bucket bucket, int i) {
			int mine = signature.partyCount();
			int theirs = bucket.partyCounts[i];
			if (mine == 0 || theirs == 0) {
				return 0;
			}
			int shared = Long.bitCount(signature.parties0() & bucket.parties0[i])
					+ Long.bitCount(signature.parties1() & bucket.parties1[i]);
			return (double) shared / Math.min(mine, theirs);
		}

		private void offer(IndexedOperation operation, double score) {
			if (score < 0) {
				return;
			}
			if (best.size() < limit) {
				best.add(new ScoredConflict(operation, score, null));
				return;
			}
			var worst = best.peek();
			if (score > worst.score() || (score == worst.score() && operation.name().compareTo(worst.operation().name()) < 0)) {
				best.poll();
				best.add(new ScoredConflict(operation, score, null));
			}
		}

		List<ScoredConflict> explainedBest() {
			var sorted = new ArrayList<>(best);
			sorted.sort((a, b) -> worstFirst(b, a));
			var explained = new ArrayList<ScoredConflict>(sorted.size());
			for (var conflict : sorted) {
				explained.add(new ScoredConflict(conflict.operation(), conflict.score(),
						scorer.explain(draft, conflict.operation())));
			}
			return explained;
		}

		static int worstFirst(ScoredConflict a, ScoredConflict b) {
			int byScore = Double.compare(a.score(), b.score());
			return byScore != 0 ? byScore : b.operation().name().compareTo(a.operation().name());
		}

		private static int common(int s1, int e1, int s2, int e2) {
			int days = Math.min(e1, e2) - Math.max(s1, s2) + 1;
			return Math.max(0, days);
		}

		private static int gap(int s1, int e1, int s2, int e2) {
			return Math.max(0, Math.max(s1 - e2, s2 - e1) - 1);
		}
	}

	/** Phases of at most {@code maxLength} days, bucketed by start day in an array over the whole date range. */
	private static final class Tier {

		private final int maxLength;
		private final Bucket[] buckets = new Bucket[Days.COUNT];

		Tier(int maxLength) {
			this.maxLength = maxLength;
		}

		Bucket bucketFor(int startDay) {
			int day = Days.index(startDay);
			if (buckets[day] == null) {
				buckets[day] = new Bucket();
			}
			return buckets[day];
		}

		Bucket existingBucket(int startDay) {
			return buckets[Days.index(startDay)];
		}

		void scan(int window, Check check) {
			int from = check.from[window];
			int first = Math.max(0, Days.index(from - maxLength + 1));
			int last = Math.min(buckets.length - 1, Days.index(check.to[window]));
			for (int day = first; day <= last; day++) {
				var bucket = buckets[day];
				if (bucket != null) {
					bucket.scanEndingFrom(from, window, check);
				}
			}
		}
	}

	/** The phases starting on one day, with what scoring needs, side by side in arrays. */
	private static final class Bucket {

		IndexedOperation[] operations = new IndexedOperation[2];
		int[] phases = new int[2];
		int[] starts = new int[2];
		int[] ends = new int[2];
		/** The operation's other phase when it has exactly two (else -1): dates without touching the operation. */
		int[] starts2 = new int[2];
		int[] ends2 = new int[2];
		boolean[] exact = new boolean[2];
		long[] parties0 = new long[2];
		long[] parties1 = new long[2];
		int[] partyCounts = new int[2];
		long[] risks = new long[2];
		long[] riskParents = new long[2];
		int[] riskCounts = new int[2];
		long[] modes = new long[2];
		long[] modeParents = new long[2];
		int[] modeCounts = new int[2];
		long[] locations = new long[2];
		long[] locationsUp = new long[2];
		/** Up to {@link #INLINE_LOCATIONS} location ids and their parents per entry, side by side. */
		int[] locationIds = new int[2 * INLINE_LOCATIONS];
		int[] locationParents = new int[2 * INLINE_LOCATIONS];
		int[] locationCounts = new int[2];
		int size;

		static final int INLINE_LOCATIONS = 3;

		void add(IndexedOperation operation, int phase, Signature signature, Vocabulary vocabulary) {
			if (size == operations.length) {
				grow();
			}
			int phaseCount = operation.phaseStarts().length;
			int other = phaseCount == 2 ? 1 - phase : -1;
			operations[size] = operation;
			phases[size] = phase;
			starts[size] = operation.phaseStarts()[phase];
			ends[size] = operation.phaseEnds()[phase];
			starts2[size] = other < 0 ? -1 : operation.phaseStarts()[other];
			ends2[size] = other < 0 ? -1 : operation.phaseEnds()[other];
			// Up to two phases are scored inline; more, or a code without a bit, go to the exact scorer.
			exact[size] = phaseCount <= 2 && signature.masksComplete();
			parties0[size] = signature.parties0();
			parties1[size] = signature.parties1();
			partyCounts[size] = signature.partyCount();
			risks[size] = signature.risks();
			riskParents[size] = signature.riskParents();
			riskCounts[size] = signature.riskCount();
			modes[size] = signature.modes();
			modeParents[size] = signature.modeParents();
			modeCounts[size] = signature.modeCount();
			locations[size] = signature.locations();
			locationsUp[size] = signature.locationsUp();
			var ids = operation.locations();
			locationCounts[size] = ids.length;
			for (int k = 0; k < INLINE_LOCATIONS; k++) {
				locationIds[size * INLINE_LOCATIONS + k] = k < ids.length ? ids[k] : -1;
				locationParents[size * INLINE_LOCATIONS + k] = k < ids.length ? vocabulary.parent(ids[k]) : -1;
			}
			size++;
		}

		void remove(IndexedOperation operation, int phase) {
			for (int i = 0; i < size; i++) {
				if (operations[i] == operation && phases[i] == phase) {
					size--;
					move(size, i);
					operations[size] = null;
					return;
				}
			}
		}

		/** Entries (all starting on or before the window's end) whose phase ends on or after {@code from}. */
		void scanEndingFrom(int from, int window, Check check) {
			for (int i = 0; i < size; i++) {
				if (ends[i] >= from) {
					check.consider(this, i, window);
				}
			}
		}

		/** Entries of any start that meet the window (for phases kept outside the day buckets). */
		void scanAll(int window, Check check) {
			for (int i = 0; i < size; i++) {
				if (ends[i] >= check.from[window] && starts[i] <= check.to[window]) {
					check.consider(this, i, window);
				}
			}
		}

		private void move(int from, int to) {
			operations[to] = operations[from];
			phases[to] = phases[from];
			starts[to] = starts[from];
			ends[to] = ends[from];
			starts2[to] = starts2[from];
			ends2[to] = ends2[from];
			exact[to] = exact[from];
			parties0[to] = parties0[from];
			parties1[to] = parties1[from];
			partyCounts[to] = partyCounts[from];
			risks[to] = risks[from];
			riskParents[to] = riskParents[from];
			riskCounts[to] = riskCounts[from];
			modes[to] = modes[from];
			modeParents[to] = modeParents[from];
			modeCounts[to] = modeCounts[from];
			locations[to] = locations[from];
			locationsUp[to] = locationsUp[from];
			locationCounts[to] = locationCounts[from];
			System.arraycopy(locationIds, from * INLINE_LOCATIONS, locationIds, to * INLINE_LOCATIONS, INLINE_LOCATIONS);
			System.arraycopy(locationParents, from * INLINE_LOCATIONS, locationParents, to * INLINE_LOCATIONS,
					INLINE_LOCATIONS);
		}

		private void grow() {
			int capacity = operations.length * 2;
			operations = Arrays.copyOf(operations, capacity);
			phases = Arrays.copyOf(phases, capacity);
			starts = Arrays.copyOf(starts, capacity);
			ends = Arrays.copyOf(ends, capacity);
			starts2 = Arrays.copyOf(starts2, capacity);
			ends2 = Arrays.copyOf(ends2, capacity);
			exact = Arrays.copyOf(exact, capacity);
			parties0 = Arrays.copyOf(parties0, capacity);
			parties1 = Arrays.copyOf(parties1, capacity);
			partyCounts = Arrays.copyOf(partyCounts, capacity);
			risks = Arrays.copyOf(risks, capacity);
			riskParents = Arrays.copyOf(riskParents, capacity);
			riskCounts = Arrays.copyOf(riskCounts, capacity);
			modes = Arrays.copyOf(modes, capacity);
			modeParents = Arrays.copyOf(modeParents, capacity);
			modeCounts = Arrays.copyOf(modeCounts, capacity);
			locations = Arrays.copyOf(locations, capacity);
			locationsUp = Arrays.copyOf(locationsUp, capacity);
			locationCounts = Arrays.copyOf(locationCounts, capacity);
			locationIds = Arrays.copyOf(locationIds, capacity * INLINE_LOCATIONS);
			locationParents = Arrays.copyOf(locationParents, capacity * INLINE_LOCATIONS);
		}
	}

	/** The date range the index covers, as day numbers from its first day. */
	private static final class Days {

		static final int FIRST = (int) eu.jcohub.operations.Phase.EARLIEST.toEpochDay();
		static final int COUNT = (int) eu.jcohub.operations.Phase.LATEST.toEpochDay() - FIRST + 1;

		static int index(int epochDay) {
			return epochDay - FIRST;
		}
	}
}
