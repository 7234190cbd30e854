package eu.jcohub.coordination;

import eu.jcohub.coordination.Statistics.Line;
import eu.jcohub.shared.OperationId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The review of a phase at the break: its results per risk profile, place and risk area, the drop warnings, and the
 * changes to the profiles it suggests for the next phase.
 *
 * @param closedAt when the OCU closed the phase, if it did
 * @param figures the phase's figures alone
 * @param profiles every profile of the phase with its controls and hits, those without reports too
 * @param profilesWithoutHits profiles that selected no seizure: to sharpen or drop
 * @param placesWithHighHitRates places whose hit rate reached the threshold with enough controls: to target more
 * @param profilesPage where the reporting side edits the profiles of the next phase
 */
public record Review(OperationId operationId, String operationName, String marking, int phase,
		@Nullable Instant closedAt, Statistics figures, List<ProfileResult> profiles,
		List<ProfileResult> profilesWithoutHits, List<Line> placesWithHighHitRates, BigDecimal highHitRate,
		String profilesPage) {

	/** A risk profile's results in the phase. */
	public record ProfileResult(String profileId, String name, int version, long controls, long seizures,
			@Nullable BigDecimal hitRate) {
	}
}
