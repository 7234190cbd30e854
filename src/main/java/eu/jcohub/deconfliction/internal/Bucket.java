package eu.jcohub.deconfliction.internal;

import java.util.Arrays;

/** The phases starting on one day, with what scoring needs, side by side in arrays. */
final class Bucket {

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
	void scanEndingFrom(int from, int window, IndexCheck check) {
		for (int i = 0; i < size; i++) {
			if (ends[i] >= from) {
				check.consider(this, i, window);
			}
		}
	}

	/** Entries of any start that meet the window (for phases kept outside the day buckets). */
	void scanAll(int window, IndexCheck check) {
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
