package eu.jcohub.cooperation;

import eu.jcohub.shared.OperationId;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A request for a special form of cooperation, as its reader may see it.
 *
 * @param answer ACCEPTED or REFUSED once answered, whatever happened after
 * @param changeable whether the reader may move it on
 * @param next the statuses it may move to
 */
public record NaplesRequest(UUID id, OperationId operationId, @Nullable UUID seizureReport, Article article,
		String requesting, String requested, List<String> involved, RequestStatus status,
		@Nullable RequestStatus answer, LocalDate draftedOn, @Nullable LocalDate sentOn, @Nullable LocalDate answeredOn,
		@Nullable LocalDate executedOn, @Nullable LocalDate closedOn, @Nullable String outcome, @Nullable String notes,
		long version, boolean changeable, List<RequestStatus> next) {

	public NaplesRequest {
		involved = List.copyOf(involved);
		next = List.copyOf(next);
	}
}
