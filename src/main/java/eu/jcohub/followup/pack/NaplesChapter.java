package eu.jcohub.followup.pack;

import eu.jcohub.cooperation.Cooperation;
import eu.jcohub.followup.pack.Chapter.Table;
import eu.jcohub.followup.pack.Chapter.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Naples II requests made in the operation: counts per article and per pair of states, no request's details. */
@Component
class NaplesChapter implements PackChapter {

	private final Cooperation cooperation;

	NaplesChapter(Cooperation cooperation) {
		this.cooperation = cooperation;
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public Optional<Chapter> write(PackContext context) {
		var statistics = cooperation.statistics(context.operation().id());
		var overall = statistics.overall();
		var blocks = new ArrayList<Chapter.Block>();
		blocks.add(new Text(context.word("pack.naples.text", overall.requests(), overall.answered(), overall.accepted(),
				overall.acceptanceRate() == null ? "–" : overall.acceptanceRate() + " %",
				overall.averageDaysToAnswer() == null ? "–" : PackContext.number(
						java.math.BigDecimal.valueOf(overall.averageDaysToAnswer())))));
		if (overall.requests() > 0) {
			var rows = statistics.perArticle().stream().filter(l -> l.requests() > 0)
				.map(l -> List.of(context.word("pack.naples.article", l.article()), PackContext.number(l.requests()),
						PackContext.number(l.answered()), PackContext.number(l.accepted())))
				.toList();
			blocks.add(Table.of(context.word("pack.naples.perArticle"), List.of(context.word("pack.column.article"),
					context.word("pack.column.requests"), context.word("pack.column.answered"),
					context.word("pack.column.accepted")), rows));
			var pairs = statistics.perPair().stream()
				.map(p -> List.of(context.country(p.from()) + " → " + context.country(p.to()),
						PackContext.number(p.requests())))
				.toList();
			blocks.add(Table.of(context.word("pack.naples.perPair"), List.of(context.word("pack.column.pair"),
					context.word("pack.column.requests")), pairs));
		}
		return Optional.of(new Chapter(context.word("pack.naples.title"), blocks));
	}
}
