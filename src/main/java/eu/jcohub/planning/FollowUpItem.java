package eu.jcohub.planning;

import eu.jcohub.shared.OperationId;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One thing to follow up: on which operation, what, since when it is due, and where to deal with it. Something
 * followed up outside any operation (a recommendation of the working party's own report) has no operation id, and
 * names what it belongs to in place of the operation's name.
 */
public record FollowUpItem(@Nullable OperationId operationId, String operationName, String text, @Nullable LocalDate due,
		String link) {
}
