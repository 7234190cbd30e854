package eu.jcohub.planning;

import eu.jcohub.shared.OperationId;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An administration's invitation to take part in an operation, and its answer: accepted with its contact points and
 * the border points and offices taking part, or declined with a reason from the list.
 *
 * @param borderPoints codes of the control locations taking part
 * @param offices other offices taking part, in words
 */
public record Invitation(UUID id, OperationId operationId, String organisation, @Nullable String message,
		String invitedBy, Instant invitedAt, State state, @Nullable String contactPoints, Set<String> borderPoints,
		@Nullable String offices, @Nullable DeclineReason declineReason, @Nullable String declineNote,
		@Nullable String answeredBy, @Nullable Instant answeredAt) {

	public Invitation {
		borderPoints = Set.copyOf(borderPoints);
	}

	public enum State { OPEN, ACCEPTED, DECLINED }

	/** The day it was sent (UTC). */
	public java.time.LocalDate invitedOn() {
		return invitedAt.atZone(java.time.ZoneOffset.UTC).toLocalDate();
	}

	public boolean open() {
		return state == State.OPEN;
	}
}
