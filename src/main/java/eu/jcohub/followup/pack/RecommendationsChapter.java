package eu.jcohub.followup.pack;

import eu.jcohub.followup.Recommendation;
import eu.jcohub.followup.RecommendationFilter;
import eu.jcohub.followup.Recommendations;
import eu.jcohub.followup.pack.Chapter.Table;
import eu.jcohub.followup.pack.Chapter.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The draft recommendations: those of the monitoring file recorded as coming from the operation, with their
 * addressee and status.
 */
@Component
class RecommendationsChapter implements PackChapter {

	private final Recommendations recommendations;

	RecommendationsChapter(Recommendations recommendations) {
		this.recommendations = recommendations;
	}

	@Override
	public int order() {
		return 80;
	}

	@Override
	public Optional<Chapter> write(PackContext context) {
		List<Recommendation> tied = recommendations.list(RecommendationFilter.of(context.operation().id()));
		var blocks = new ArrayList<Chapter.Block>();
		if (tied.isEmpty()) {
			blocks.add(new Text(context.word("pack.recommendations.none", context.operation().plan().name())));
		}
		else {
			blocks.add(new Text(context.word("pack.recommendations.text")));
			var rows = tied.stream().map(r -> List.of(r.reference().isEmpty() ? "–" : r.reference(), r.text(),
					context.organisation(r.addressee()), context.word("followup.status." + r.status().name())))
				.toList();
			blocks.add(new Table(context.word("pack.recommendations.table"), List.of(context.word("pack.column.number"),
					context.word("pack.column.recommendation"), context.word("pack.column.addressee"),
					context.word("pack.column.status")), List.of(false, false, false, false), rows));
		}
		return Optional.of(new Chapter(context.word("pack.recommendations.title"), blocks));
	}
}
