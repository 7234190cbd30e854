package eu.jcohub.deconfliction.internal;

import java.util.Arrays;

/**
 * The phases starting on some days, with what scoring needs. What every candidate of a check reads (dates,
 * parties, the location filters, risk areas, counts) lies together in {@link #hot}, {@link #STRIDE} longs per
 * entry: one or two cache lines read in order, instead of a line from each of a dozen arrays. What only the
 * candidates that pass the first bound read (parents of modes, modes' parents, location ids) stays in arrays of
 * its own.
 */
final class Bucket {

	static final int STRIDE = 10;
	static final int DATES = 0;
	/** The operation's other phase when it has exactly two (else -1 and -1): dates without touching the operation. */
	static final int DATES2 = 1;
	static final int PARTIES0 = 2;
	static final int PARTIES1 = 3;
	static final int LOCATIONS = 4;
	static final int LOCATIONS_UP = 5;
	static final int RISKS = 6;
	static final int RISK_PARENTS = 7;
	static final int MODES = 8;
	/** Phase index (bits 0–7), exact (bit 8), and the counts of parties, locations, risk areas and modes. */
	static final int FLAGS = 9;

	static final int INLINE_LOCATIONS = 3;

	long[] hot = new long[2 * STRIDE];
	IndexedOperation[] operations = new IndexedOperation[2];
	long[] modeParents = new long[2];
	/** Up to {@link #INLINE_LOCATIONS} location ids and their parents per entry, side by side. */
	int[] locationIds = new int[2 * INLINE_LOCATIONS];
	int[] locationParents = new int[2 * INLINE_LOCATIONS];
	int size;

	static long pair(int low, int high) {
		return (low & 0xFFFF_FFFFL) | ((long) high << 32);
	}

	static int low(long pair) {
		return (int) pair;
	}

	static int high(long pair) {
		return (int) (pair >> 32);
	}

	static int phase(long flags) {
		return (int) (flags & 0xFF);
	}

	static boolean exact(long flags) {
		return (flags & 0x100) != 0;
	}

	static int partyCount(long flags) {
		return (int) ((flags >>> 16) & 0xFFFF);
	}

	static int locationCount(long flags) {
		return (int) ((flags >>> 32) & 0xFFFF);
	}

	static int riskCount(long flags) {
		return (int) ((flags >>> 48) & 0xFF);
	}

	static int modeCount(long flags) {
		return (int) ((flags >>> 56) & 0xFF);
	}

	void add(IndexedOperation operation, int phase, Signature signature, Vocabulary vocabulary) {
		if (size == operations.length) {
			grow();
		}
		int phaseCount = operation.phaseStarts().length;
		int other = phaseCount == 2 ? 1 - phase : -1;
		// Up to two phases are scored inline; more, or a code without a bit, go to the exact scorer.
		boolean exact = phaseCount <= 2 && signature.masksComplete();
		// Counts beyond a field's width cannot be scored from it: such an entry goes to the exact scorer.
		exact &= signature.partyCount() <= 0xFFFF && operation.locations().length <= 0xFFFF
				&& signature.riskCount() <= 0xFF && signature.modeCount() <= 0xFF;
		int base = size * STRIDE;
		operations[size] = operation;
		hot[base + DATES] = pair(operation.phaseStarts()[phase], operation.phaseEnds()[phase]);
		hot[base + DATES2] = other < 0 ? pair(-1, -1)
				: pair(operation.phaseStarts()[other], operation.phaseEnds()[other]);
		hot[base + PARTIES0] = signature.parties0();
		hot[base + PARTIES1] = signature.parties1();
		hot[base + LOCATIONS] = signature.locations();
		hot[base + LOCATIONS_UP] = signature.locationsUp();
		hot[base + RISKS] = signature.risks();
		hot[base + RISK_PARENTS] = signature.riskParents();
		hot[base + MODES] = signature.modes();
		hot[base + FLAGS] = (phase & 0xFF) | (exact ? 0x100L : 0) | ((long) (signature.partyCount() & 0xFFFF) << 16)
				| ((long) (operation.locations().length & 0xFFFF) << 32) | ((long) (signature.riskCount() & 0xFF) << 48)
				| ((long) (signature.modeCount() & 0xFF) << 56);
		modeParents[size] = signature.modeParents();
		var ids = operation.locations();
		for (int k = 0; k < INLINE_LOCATIONS; k++) {
			locationIds[size * INLINE_LOCATIONS + k] = k < ids.length ? ids[k] : -1;
			locationParents[size * INLINE_LOCATIONS + k] = k < ids.length ? vocabulary.parent(ids[k]) : -1;
		}
		size++;
	}

	void remove(IndexedOperation operation, int phase) {
		for (int i = 0; i < size; i++) {
			if (operations[i] == operation && phase(hot[i * STRIDE + FLAGS]) == phase) {
				size--;
				move(size, i);
				operations[size] = null;
				return;
			}
		}
	}

	private void move(int from, int to) {
		operations[to] = operations[from];
		System.arraycopy(hot, from * STRIDE, hot, to * STRIDE, STRIDE);
		modeParents[to] = modeParents[from];
		System.arraycopy(locationIds, from * INLINE_LOCATIONS, locationIds, to * INLINE_LOCATIONS, INLINE_LOCATIONS);
		System.arraycopy(locationParents, from * INLINE_LOCATIONS, locationParents, to * INLINE_LOCATIONS,
				INLINE_LOCATIONS);
	}

	private void grow() {
		int capacity = operations.length * 2;
		operations = Arrays.copyOf(operations, capacity);
		hot = Arrays.copyOf(hot, capacity * STRIDE);
		modeParents = Arrays.copyOf(modeParents, capacity);
		locationIds = Arrays.copyOf(locationIds, capacity * INLINE_LOCATIONS);
		locationParents = Arrays.copyOf(locationParents, capacity * INLINE_LOCATIONS);
	}
}
