package eu.jcohub.planning;

import eu.jcohub.shared.OperationId;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One thing to follow up: on which operation, what, since when it is due, and where to deal with it. */
public record FollowUpItem(OperationId operationId, String operationName, String text, @Nullable LocalDate due,
		String link) {
}
