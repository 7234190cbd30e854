package eu.jcohub.followup;

import eu.jcohub.shared.OperationId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A recommendation in the monitoring file.
 *
 * @param reference its number in its source (1.1, 2.3.2), or empty
 * @param source where it was made: a debriefing, a working party's report
 * @param operation the operation whose debriefing made it; none for the working party's own reports
 * @param addressee the code of the organisation it is addressed to: an administration, a body, or the working party
 * @param evidence what shows it was implemented (required for {@link RecommendationStatus#IMPLEMENTED})
 * @param reason why it was not implemented (required for {@link RecommendationStatus#NOT_IMPLEMENTED})
 * @param version raised by each change; a change must name the version it was made on
 * @param recursWith the other recommendations to the same addressee worded alike (see {@link Recurrence})
 */
public record Recommendation(UUID id, String reference, String source, @Nullable OperationId operation, String text,
		String addressee,
		RecommendationStatus status, String evidence, String reason, String recordedBy, Instant recordedAt,
		Instant changedAt, long version, List<RecommendationAction> actions, List<UUID> recursWith) {

	public Recommendation {
		actions = List.copyOf(actions);
		recursWith = List.copyOf(recursWith);
	}

	/** Whether an action on it is past its due date while the recommendation is still pending. */
	public boolean overdue(LocalDate today) {
		return status.pending() && actions.stream().anyMatch(action -> action.overdue(today));
	}

	/** The first action still to be done, by due date. */
	public @Nullable RecommendationAction nextAction() {
		return actions.stream().filter(action -> !action.done()).findFirst().orElse(null);
	}

	public boolean recurring() {
		return !recursWith.isEmpty();
	}

	Recommendation withRecurrences(List<UUID> similar) {
		return new Recommendation(id, reference, source, operation, text, addressee, status, evidence, reason, recordedBy,
				recordedAt, changedAt, version, actions, similar);
	}
}
