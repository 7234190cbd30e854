package eu.jcohub.deconfliction.internal;

/**
 * Phases of at most {@code maxLength} days, bucketed by start day in an array over the whole date range; a
 * bucket holds the phases starting on {@code days} consecutive days.
 */
final class Tier {

	final int maxLength;
	private final int days;
	private final Bucket[] buckets;

	Tier(int maxLength, int days) {
		this.maxLength = maxLength;
		this.days = days;
		this.buckets = new Bucket[(DayRange.COUNT + days - 1) / days];
	}

	Bucket bucketFor(int startDay) {
		int slot = DayRange.index(startDay) / days;
		if (buckets[slot] == null) {
			buckets[slot] = new Bucket();
		}
		return buckets[slot];
	}

	Bucket existingBucket(int startDay) {
		return buckets[DayRange.index(startDay) / days];
	}

	void scan(int window, IndexCheck check) {
		int from = check.from[window];
		int first = Math.max(0, DayRange.index(from - maxLength + 1)) / days;
		int last = Math.min(buckets.length - 1, Math.max(0, DayRange.index(check.to[window])) / days);
		// From the window's first day outwards: the phases starting inside the window meet it most, so the
		// list fills with high scores early and the bound prunes more of the rest (the result does not depend
		// on the order).
		int middle = Math.min(last, Math.max(first, Math.max(0, DayRange.index(from)) / days));
		for (int slot = middle; slot <= last; slot++) {
			var bucket = buckets[slot];
			if (bucket != null) {
				check.scan(bucket, window);
			}
		}
		for (int slot = middle - 1; slot >= first; slot--) {
			var bucket = buckets[slot];
			if (bucket != null) {
				check.scan(bucket, window);
			}
		}
	}
}
