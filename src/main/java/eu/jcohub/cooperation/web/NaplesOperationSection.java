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
 * The operation page's Naples II part, for those who see its details and for its police and judicial partners: the
 * requests they may read, the way to file one, the operation's usage (not for partners: it counts requests they may
 * not read), and guidance for a pair of states from the lead country.
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
		if (operation.status() == OperationStatus.TABLED || !cooperation.mayFollow(operation.id())) {
			return Optional.empty();
		}
		var plan = operation.plan();
		var from = plan.leadCountry() != null ? plan.leadCountry() : cooperation.countryOf(plan.organiser());
		var to = plan.participants().stream().filter(c -> !c.equals(from)).sorted().findFirst().orElse("");
		return Optional.of(new PageFragment("cooperation/section-operation", Map.of("operation", operation,
				"requests", cooperation.requestsOf(operation.id()), "mayFile", cooperation.mayFile(operation.id()),
				"articles", Article.values(), "states", cooperation.memberStates(), "from", from, "to", to,
				"statistics", operation.detailsVisible(), "errors", Map.of())));
	}
}
