package eu.jcohub.seizures;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An operational phase as the OCU ran it: reports are taken while it is open and, marked late, for
 * {@link #LATE_WINDOW} after it closed.
 *
 * @param number from 1
 * @param closedAt when it closed; none while it is open
 */
public record ReportingPhase(int number, Instant openedAt, @Nullable Instant closedAt) {

	/** How long after its close a phase still takes reports. */
	public static final Duration LATE_WINDOW = Duration.ofHours(72);

	public boolean open() {
		return closedAt == null;
	}

	/** Whether a report sent at {@code now} is taken: while open, or within the late window after the close. */
	public boolean takesReportsAt(Instant now) {
		return closedAt == null || !now.isAfter(closedAt.plus(LATE_WINDOW));
	}

	/** Whether a report sent at {@code now} comes late: after the close. */
	public boolean lateAt(Instant now) {
		return closedAt != null && now.isAfter(closedAt);
	}

	/** Whether something that happened at {@code moment} happened during the phase. */
	public boolean covers(Instant moment) {
		return !moment.isBefore(openedAt) && (closedAt == null || !moment.isAfter(closedAt));
	}
}
