package eu.jcohub.operations;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an operation stands in its lifecycle, and where it may go from there. Operations of other bodies are only
 * tabled for coordination and have no lifecycle here.
 */
public enum OperationStatus {
	PROPOSAL, BUSINESS_CASE, FUNDING, PREPARATION, OPERATIONAL, REVIEW_BREAK, DEBRIEFING, FOLLOW_UP, CLOSED, CANCELLED,
	/** An operation of another body, tabled for coordination only. */
	TABLED;

	/** The statuses the lifecycle allows next; the planning capability adds its guards on top. */
	public Set<OperationStatus> next() {
		return switch (this) {
			case PROPOSAL -> EnumSet.of(BUSINESS_CASE, CANCELLED);
			case BUSINESS_CASE -> EnumSet.of(PROPOSAL, FUNDING, CANCELLED);
			case FUNDING -> EnumSet.of(PREPARATION, CANCELLED);
			case PREPARATION -> EnumSet.of(OPERATIONAL, CANCELLED);
			case OPERATIONAL -> EnumSet.of(REVIEW_BREAK, DEBRIEFING);
			case REVIEW_BREAK -> EnumSet.of(OPERATIONAL);
			case DEBRIEFING -> EnumSet.of(FOLLOW_UP);
			case FOLLOW_UP -> EnumSet.of(CLOSED);
			// Another body may call its operation off: the calendar then shows it cancelled.
			case TABLED -> EnumSet.of(CANCELLED);
			case CLOSED, CANCELLED -> EnumSet.noneOf(OperationStatus.class);
		};
	}

	public boolean mayMoveTo(OperationStatus next) {
		return next().contains(next);
	}

	/** History: the plan of a closed or cancelled operation no longer changes. */
	public boolean isFinal() {
		return this == CLOSED || this == CANCELLED;
	}

	/** Running: its operational phases are under way (the OCU then sees what it needs). */
	public boolean isRunning() {
		return this == OPERATIONAL || this == REVIEW_BREAK;
	}
}
