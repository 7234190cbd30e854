package eu.jcohub.followup.debriefing.web;

import eu.jcohub.followup.debriefing.DebriefingAccess;
import eu.jcohub.followup.debriefing.ObjectiveEvaluations;
import eu.jcohub.followup.debriefing.Verdict;
import eu.jcohub.operations.OperationSection;
import eu.jcohub.operations.OperationView;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The operation page's way to its debriefing, for those who may read it: objectives met, the draft, the pack. */
@Component
class DebriefingSection implements OperationSection {

	private final DebriefingAccess access;
	private final ObjectiveEvaluations evaluations;

	DebriefingSection(DebriefingAccess access, ObjectiveEvaluations evaluations) {
		this.access = access;
		this.evaluations = evaluations;
	}

	@Override
	public int order() {
		return 70;
	}

	@Override
	public Optional<PageFragment> sectionFor(OperationView operation) {
		if (!operation.detailsVisible() || !access.mayRead(operation.id())) {
			return Optional.empty();
		}
		var evaluated = evaluations.of(operation.id());
		long met = evaluated.stream().filter(e -> e.verdict() == Verdict.MET).count();
		return Optional.of(new PageFragment("followup/debriefing-section", Map.of("operationId", operation.id().value(),
				"objectives", evaluated.size(), "met", met)));
	}
}
