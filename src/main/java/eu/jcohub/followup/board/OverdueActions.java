package eu.jcohub.followup.board;

import eu.jcohub.followup.FollowupWords;
import eu.jcohub.followup.RecommendationFilter;
import eu.jcohub.followup.Recommendations;
import eu.jcohub.planning.FollowUpItem;
import eu.jcohub.planning.FollowUpSource;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Overdue actions on recommendations still open or in progress, for the facilitating structure: each with the
 * recommendation's number and source, linked to the recommendation.
 */
@Component
class OverdueActions implements FollowUpSource {

	private final Recommendations recommendations;
	private final FollowupWords words;

	OverdueActions(Recommendations recommendations, FollowupWords words) {
		this.recommendations = recommendations;
		this.words = words;
	}

	@Override
	public String titleKey() {
		return "board.followUp.overdueActions";
	}

	@Override
	public List<FollowUpItem> items(LocalDate today) {
		return recommendations.list(RecommendationFilter.all()).stream()
			.filter(r -> r.status().pending())
			.flatMap(r -> r.actions().stream().filter(a -> a.overdue(today))
				.map(a -> new FollowUpItem(null, r.source(), words.of("board.followUp.overdueAction", a.description(),
						r.reference().isEmpty() ? "–" : r.reference()), a.due(), "/recommendations/" + r.id())))
			.toList();
	}
}
