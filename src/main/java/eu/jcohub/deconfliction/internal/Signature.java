package eu.jcohub.deconfliction.internal;

/**
 * An operation's lists as bit masks, for scoring without touching the operation itself.
 * {@code masksComplete} is false when a code found no bit: then the {@link ConflictScorer} decides.
 *
 * @param parties0 countries and partner organisations, bits 0–63
 * @param parties1 bits 64–127
 * @param risks risk areas; {@code riskParents} the parents of those
 * @param modes transport modes; {@code modeParents} their parents
 * @param locations a 64-bit filter of location ids and {@code locationsUp} of them and their parents: if
 *        neither meets the other's, the two have no location in common
 */
record Signature(boolean masksComplete, long parties0, long parties1, int partyCount, long risks, long riskParents,
		int riskCount, long modes, long modeParents, int modeCount, long locations, long locationsUp,
		int locationCount) {

	static Signature of(IndexedOperation operation, BitSpace parties, BitSpace risks, BitSpace modes,
			Vocabulary vocabulary) {
		boolean complete = true;
		long p0 = 0;
		long p1 = 0;
		for (int id : operation.parties()) {
			int bit = parties.bitOf(id);
			if (bit == BitSpace.NONE) {
				complete = false;
			}
			else if (bit < 64) {
				p0 |= 1L << bit;
			}
			else {
				p1 |= 1L << (bit - 64);
			}
		}
		long[] risk = masks(operation.riskAreas(), risks);
		long[] mode = masks(operation.modes(), modes);
		complete &= risk[2] == 0 && mode[2] == 0;
		long locations = 0;
		long locationsUp = 0;
		for (int id : operation.locations()) {
			locations |= 1L << (id & 63);
			locationsUp |= 1L << (id & 63);
			int parent = vocabulary.parent(id);
			if (parent >= 0) {
				locationsUp |= 1L << (parent & 63);
			}
		}
		return new Signature(complete, p0, p1, operation.parties().length, risk[0], risk[1],
				operation.riskAreas().length, mode[0], mode[1], operation.modes().length, locations, locationsUp,
				operation.locations().length);
	}

	/** {mask, mask of parents, 1 if a code had no bit}. */
	private static long[] masks(int[] ids, BitSpace space) {
		long mask = 0;
		long parents = 0;
		long overflow = 0;
		for (int id : ids) {
			int bit = space.bitOf(id);
			if (bit == BitSpace.NONE) {
				overflow = 1;
				continue;
			}
			mask |= 1L << bit;
			// Read after bitOf: giving the id a bit may have grown the table.
			int parentBit = space.parentBits()[bit];
			if (parentBit != BitSpace.NONE) {
				parents |= 1L << parentBit;
			}
		}
		return new long[] { mask, parents, overflow };
	}

}
