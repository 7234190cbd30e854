package eu.jcohub.deconfliction;

import eu.jcohub.shared.OperationId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Another operation that collides with the one checked: its score (0–100, higher is worse), the reason per
 * dimension and, once the owners have dealt with it, their resolution.
 */
public record Conflict(OperationId operationId, String name, String organiser, double score,
		List<ConflictReason> reasons, @Nullable Resolution resolution) {

	public Conflict {
		reasons = List.copyOf(reasons);
	}

	public Conflict withResolution(@Nullable Resolution resolution) {
		return new Conflict(operationId, name, organiser, score, reasons, resolution);
	}

	/**
	 * The conflict as told to someone who sees only the other operation's calendar entry: reasons about its
	 * details (transport modes, places) are left out, since they would reveal them.
	 */
	public Conflict withoutHiddenDetails() {
		return new Conflict(operationId, name, organiser, score,
				reasons.stream().filter(reason -> reason.dimension().isCalendarEntry()).toList(), resolution);
	}
}
