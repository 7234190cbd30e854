package eu.jcohub.followup.results.web;

import eu.jcohub.followup.results.Results;
import eu.jcohub.operations.OperationSection;
import eu.jcohub.operations.OperationStatus;
import eu.jcohub.operations.OperationView;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The operation page's way to its final results, once it has any: from its operational phase on. */
@Component
class ResultsSection implements OperationSection {

	private static final Set<OperationStatus> WITH_RESULTS = EnumSet.of(OperationStatus.OPERATIONAL,
			OperationStatus.REVIEW_BREAK, OperationStatus.DEBRIEFING, OperationStatus.FOLLOW_UP, OperationStatus.CLOSED);

	private final Results results;

	ResultsSection(Results results) {
		this.results = results;
	}

	@Override
	public int order() {
		return 85;
	}

	@Override
	public Optional<PageFragment> sectionFor(OperationView operation) {
		if (!operation.detailsVisible() || !WITH_RESULTS.contains(operation.status())) {
			return Optional.empty();
		}
		var shown = results.of(operation.id(), null);
		return Optional.of(new PageFragment("followup/results/section", Map.of("r", shown)));
	}
}
