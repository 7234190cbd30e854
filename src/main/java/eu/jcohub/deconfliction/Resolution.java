package eu.jcohub.deconfliction;

import java.time.Instant;

/** How the owners dealt with a conflict, who recorded it and why. */
public record Resolution(Kind kind, String note, String recordedBy, Instant recordedAt) {

	public enum Kind { DATES_MOVED, MERGED, RUN_JOINTLY, ACCEPTED_AS_IS }
}
