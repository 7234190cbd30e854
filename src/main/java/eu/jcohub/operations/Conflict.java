package eu.jcohub.operations;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Another operation that collides with the one checked: its score (0–100, higher is worse), the reason per
 * dimension and, once the owners have dealt with it, their resolution.
 */
public record Conflict(UUID operationId, String name, String organiser, double score, List<ConflictReason> reasons,
		@Nullable Resolution resolution) {

	public Conflict withResolution(@Nullable Resolution resolution) {
		return new Conflict(operationId, name, organiser, score, reasons, resolution);
	}
}
