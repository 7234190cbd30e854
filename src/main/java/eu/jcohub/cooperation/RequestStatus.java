package eu.jcohub.cooperation;

import java.util.Set;

/**
 * Where a request stands. It moves forward only: drafted, sent, answered (accepted or refused), executed when it was
 * accepted, and closed once answered.
 */
public enum RequestStatus {
	DRAFT, SENT, ACCEPTED, REFUSED, EXECUTED, CLOSED;

	/** The statuses a request may move to from this one. */
	public Set<RequestStatus> next() {
		return switch (this) {
			case DRAFT -> Set.of(SENT);
			case SENT -> Set.of(ACCEPTED, REFUSED);
			case ACCEPTED -> Set.of(EXECUTED, CLOSED);
			case REFUSED, EXECUTED -> Set.of(CLOSED);
			case CLOSED -> Set.of();
		};
	}

	public boolean mayMoveTo(RequestStatus to) {
		return next().contains(to);
	}
}
