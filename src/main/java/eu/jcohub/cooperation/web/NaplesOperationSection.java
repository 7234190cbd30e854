package eu.jcohub.cooperation.web;

import eu.jcohub.cooperation.Article;
import eu.jcohub.cooperation.Cooperation;
import eu.jcohub.operations.OperationSection;
import eu.jcohub.operations.OperationStatus;
import eu.jcohub.operations.OperationView;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The operation page's Naples II part, for those who see its details: the requests they may read, the way to file
 * one, and guidance for a pair of states from the lead country.
 */
@Component
class NaplesOperationSection implements OperationSection {

	private final Cooperation cooperation;

	NaplesOperationSection(Cooperation cooperation) {
		this.cooperation = cooperation;
	}

	@Override
	public int order() {
		return 55;
	}

	@Override
	public Optional<PageFragment> sectionFor(OperationView operation) {
		if (!operation.detailsVisible() || operation.status() == OperationStatus.TABLED) {
			return Optional.empty();
		}
		var plan = operation.plan();
		var from = plan.leadCountry() != null ? plan.leadCountry() : cooperation.countryOf(plan.organiser());
		var to = plan.participants().stream().filter(c -> !c.equals(from)).sorted().findFirst().orElse("");
		return Optional.of(new PageFragment("cooperation/section-operation", Map.of("operation", operation,
				"requests", cooperation.requestsOf(operation.id()), "mayFile", cooperation.mayFile(operation.id()),
				"articles", Article.values(), "states", cooperation.memberStates(), "from", from, "to", to,
				"errors", Map.of())));
	}
}
