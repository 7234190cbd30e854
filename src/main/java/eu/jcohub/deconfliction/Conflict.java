package eu.jcohub.deconfliction;

import eu.jcohub.shared.OperationId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Another operation that collides with the one checked.
 * <p>
 * Told in full, it has its score (0–100, higher is worse), its level and the reason per dimension. Told to someone
 * who may not see the other operation's details ({@link #withoutHiddenDetails()}), it says only what the calendar
 * entries of both give away: that a conflict exists, its level judged from calendar entries alone, the dates in
 * common, that more is shared, and whom to call ({@code contactPoint}, else the organiser).
 *
 * @param contactPoint the other operation's contact point (part of its calendar entry), if it has one
 * @param score the exact score; null when the details are withheld
 * @param level the level: from the score, or, when the details are withheld, from the calendar entries alone
 * @param detailsWithheld whether this is the reduced conflict of {@link #withoutHiddenDetails()}
 * @param calendarLevel the level judged from the two calendar entries alone (dates, countries, risk areas): the
 *        only level that may be told about an operation whose details are withheld
 */
public record Conflict(OperationId operationId, String name, String organiser, @Nullable String contactPoint,
		@Nullable Double score, ConflictLevel level, List<ConflictReason> reasons, @Nullable Resolution resolution,
		boolean detailsWithheld, ConflictLevel calendarLevel) {

	public Conflict {
		reasons = List.copyOf(reasons);
	}

	/** A conflict told in full. */
	public static Conflict of(OperationId operationId, String name, String organiser, @Nullable String contactPoint,
			double score, List<ConflictReason> reasons, @Nullable Resolution resolution, ConflictLevel calendarLevel) {
		return new Conflict(operationId, name, organiser, contactPoint, score, ConflictLevel.of(score), reasons,
				resolution, false, calendarLevel);
	}

	public Conflict withResolution(@Nullable Resolution resolution) {
		return new Conflict(operationId, name, organiser, contactPoint, score, level, reasons, resolution,
				detailsWithheld, calendarLevel);
	}

	/**
	 * The conflict as told to someone who sees only the other operation's calendar entry: no score, the level from
	 * the calendar entries, the dates in common as the only reason beside {@link Dimension#WITHHELD}. Nothing in it
	 * depends on the other operation's details, so checking drafts that differ only in transport modes or places
	 * tells nothing about them but whether a conflict exists.
	 */
	public Conflict withoutHiddenDetails() {
		if (detailsWithheld) {
			return this;
		}
		var told = new ArrayList<ConflictReason>();
		reasons.stream().filter(reason -> reason.dimension() == Dimension.DATES).forEach(told::add);
		told.add(new ConflictReason(Dimension.WITHHELD, ""));
		return new Conflict(operationId, name, organiser, contactPoint, null, calendarLevel, told, resolution, true,
				calendarLevel);
	}
}
