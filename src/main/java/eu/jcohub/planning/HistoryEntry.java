package eu.jcohub.planning;

import eu.jcohub.operations.OperationStatus;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One step of an operation's lifecycle: from where (none when it was tabled) to where, why, by whom and when.
 *
 * @param by the username of who took the step, when someone did
 * @param byName how readers know them
 */
public record HistoryEntry(@Nullable OperationStatus from, OperationStatus to, @Nullable String reason,
		@Nullable String by, @Nullable String byName, Instant at) {
}
