package eu.jcohub.deconfliction.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Gives the codes of one dimension (parties, risk areas, modes) a bit each, up to {@code capacity} bits, so
 * that a check can intersect two operations' lists with a few machine instructions. Codes beyond the
 * capacity get no bit; operations using them are scored the exact, slower way. Knows each bit's parent bit.
 */
final class BitSpace {

	static final int NONE = -1;

	private final int capacity;
	private final Vocabulary vocabulary;
	private final Map<Integer, Integer> bits = new HashMap<>();
	private volatile int[] parentBits = new int[0];

	BitSpace(int capacity, Vocabulary vocabulary) {
		this.capacity = capacity;
		this.vocabulary = vocabulary;
	}

	/** The bit of a vocabulary id (its parent gets one first), or {@link #NONE} when the space is full. */
	synchronized int bitOf(int id) {
		var known = bits.get(id);
		if (known != null) {
			return known;
		}
		int parent = vocabulary.parent(id);
		int parentBit = parent < 0 ? NONE : bitOf(parent);
		if (bits.size() >= capacity) {
			return NONE;
		}
		int bit = bits.size();
		bits.put(id, bit);
		var table = Arrays.copyOf(parentBits, bit + 1);
		table[bit] = parentBit;
		parentBits = table;
		return bit;
	}

	/** Parent bit per bit, for lock-free reads during a check. */
	int[] parentBits() {
		return parentBits;
	}
}
