package eu.jcohub.deconfliction.internal;

/** Phases of at most {@code maxLength} days, bucketed by start day in an array over the whole date range. */
final class Tier {

	final int maxLength;
	private final Bucket[] buckets = new Bucket[DayRange.COUNT];

	Tier(int maxLength) {
		this.maxLength = maxLength;
	}

	Bucket bucketFor(int startDay) {
		int day = DayRange.index(startDay);
		if (buckets[day] == null) {
			buckets[day] = new Bucket();
		}
		return buckets[day];
	}

	Bucket existingBucket(int startDay) {
		return buckets[DayRange.index(startDay)];
	}

	void scan(int window, IndexCheck check) {
		int from = check.from[window];
		int first = Math.max(0, DayRange.index(from - maxLength + 1));
		int last = Math.min(buckets.length - 1, DayRange.index(check.to[window]));
		// From the window's first day outwards: the phases starting inside the window meet it most, so the
		// list fills with high scores early and the bound prunes more of the rest (the result does not depend
		// on the order).
		int middle = Math.min(last, Math.max(first, DayRange.index(from)));
		for (int day = middle; day <= last; day++) {
			var bucket = buckets[day];
			if (bucket != null) {
				bucket.scanEndingFrom(from, window, check);
			}
		}
		for (int day = middle - 1; day >= first; day--) {
			var bucket = buckets[day];
			if (bucket != null) {
				bucket.scanEndingFrom(from, window, check);
			}
		}
	}
}
