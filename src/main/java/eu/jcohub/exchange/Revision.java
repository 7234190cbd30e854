package eu.jcohub.exchange;

import java.time.Instant;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * Which version of another body's event a file holds: its SEQUENCE, then its LAST-MODIFIED (or DTSTAMP), as
 * RFC 5545 orders revisions. A later revision wins; an earlier one never overwrites what the calendar holds.
 */
record Revision(int sequence, @Nullable Instant modified) implements Comparable<Revision> {

	static final Revision NONE = new Revision(0, null);

	private static final Comparator<Revision> ORDER = Comparator.comparingInt(Revision::sequence)
		.thenComparing(Revision::modified, Comparator.nullsFirst(Comparator.naturalOrder()));

	@Override
	public int compareTo(Revision other) {
		return ORDER.compare(this, other);
	}

	boolean isBefore(Revision other) {
		return compareTo(other) < 0;
	}

	String inWords() {
		return "SEQUENCE " + sequence + (modified == null ? "" : ", last modified " + modified);
	}
}
