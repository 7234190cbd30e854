package eu.jcohub.cooperation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A change of a request: a step to its next status on a day (today when not given), and its outcome and notes.
 * Fields left out stay as they are.
 */
public record RequestChange(@Nullable RequestStatus status, @Nullable LocalDate date, @Nullable String outcome,
		@Nullable String notes) {
}
