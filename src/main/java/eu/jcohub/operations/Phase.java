package eu.jcohub.operations;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * An operational phase, both dates inclusive. A split operation has two phases with a review break between.
 */
public record Phase(LocalDate start, LocalDate end) implements Comparable<Phase> {

	public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
	public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

	public Phase {
		if (start == null || end == null) {
			throw new IllegalArgumentException("a phase needs a start and an end date");
		}
		if (end.isBefore(start)) {
			throw new IllegalArgumentException("a phase cannot end (" + end + ") before it starts (" + start + ")");
		}
		if (start.isBefore(EARLIEST) || end.isAfter(LATEST)) {
			throw new IllegalArgumentException("phase dates must lie between " + EARLIEST + " and " + LATEST);
		}
	}

	public long days() {
		return ChronoUnit.DAYS.between(start, end) + 1;
	}

	public boolean overlaps(Phase other) {
		return !start.isAfter(other.end) && !other.start.isAfter(end);
	}

	@Override
	public int compareTo(Phase other) {
		return start.compareTo(other.start);
	}
}
