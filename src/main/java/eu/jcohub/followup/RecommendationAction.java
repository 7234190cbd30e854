package eu.jcohub.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Something an owner (an organisation) is to do on a recommendation by a due date. */
public record RecommendationAction(UUID id, UUID recommendationId, String description, String owner, LocalDate due,
		boolean done, String createdBy, Instant createdAt) {

	public boolean overdue(LocalDate today) {
		return !done && due.isBefore(today);
	}
}
