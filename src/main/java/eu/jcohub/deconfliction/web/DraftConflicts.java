package eu.jcohub.deconfliction.web;

import eu.jcohub.deconfliction.ConflictChecks;
import eu.jcohub.operations.DraftAdvisor;
import eu.jcohub.operations.OperationPlan;
import eu.jcohub.operations.OperationSection.PageFragment;
import eu.jcohub.reference.ReferenceData;
import eu.jcohub.shared.OperationId;
import eu.jcohub.shared.TooManyRequests;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** On the operation form: the conflicts the plan as typed would create, before anything is saved. */
@Component
class DraftConflicts implements DraftAdvisor {

	private final ConflictChecks checks;
	private final ReferenceData reference;

	DraftConflicts(ConflictChecks checks, ReferenceData reference) {
		this.checks = checks;
		this.reference = reference;
	}

	/** Checking too often is answered in the preview itself: how long to wait, and the form stays as typed. */
	@Override
	public PageFragment adviseOn(OperationPlan draft, @Nullable OperationId self) {
		try {
			var conflicts = checks.check(draft, self, ConflictChecks.DEFAULT_LIMIT);
			return new PageFragment("deconfliction/preview", Map.of("conflicts", ConflictLine.of(conflicts, reference)));
		}
		catch (TooManyRequests tooMany) {
			return new PageFragment("deconfliction/preview", Map.of("conflicts", java.util.List.of(),
					"waitSeconds", tooMany.retryAfterSeconds()));
		}
	}
}
