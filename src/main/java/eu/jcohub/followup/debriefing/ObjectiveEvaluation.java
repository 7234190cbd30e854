package eu.jcohub.followup.debriefing;

import eu.jcohub.planning.Objective;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One objective of the operation, evaluated.
 *
 * @param index its position in the operation's list, from 0 (what an assessment names)
 * @param achieved the figure reached, for a measured objective
 * @param assessment the recorded judgement, for an objective assessed by hand that has one
 */
public record ObjectiveEvaluation(int index, Objective objective, @Nullable BigDecimal achieved, Verdict verdict,
		@Nullable Assessment assessment) {

	public boolean measured() {
		return objective.metric().computable();
	}
}
