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
		for (int day = first; day <= last; day++) {
			var bucket = buckets[day];
			if (bucket != null) {
				bucket.scanEndingFrom(from, window, check);
			}
		}
	}
}
