package eu.jcohub.followup.pack;

import eu.jcohub.followup.InvestigationOutcomes;
import eu.jcohub.followup.pack.Chapter.Table;
import eu.jcohub.followup.pack.Chapter.Text;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What the investigation cases started from the operation's reports had achieved when the pack was made: the
 * results that arrive long after the operation and would otherwise be missing from it. Counts and sums only.
 */
@Component
class CaseOutcomesChapter implements PackChapter {

	private final InvestigationOutcomes outcomes;
	private final Clock clock;

	CaseOutcomesChapter(InvestigationOutcomes outcomes, Clock clock) {
		this.outcomes = outcomes;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 35;
	}

	@Override
	public Optional<Chapter> write(PackContext context) {
		var today = LocalDate.now(clock);
		var figures = outcomes.of(context.operation().id(), today);
		if (figures.cases() == 0) {
			return Optional.empty();
		}
		var rows = List.of(
				count(context, "results.cases", figures.cases()),
				count(context, "results.closed", figures.closed()),
				count(context, "results.charged", figures.charged()),
				count(context, "results.convictions", figures.convictions()),
				count(context, "results.acquittals", figures.acquittals()),
				euro(context, "results.penaltiesEur", figures.penaltiesEur()),
				euro(context, "results.recoveredEur", figures.recoveredEur()),
				euro(context, "results.assetsSeizedEur", figures.assetsSeizedEur()));
		return Optional.of(new Chapter(context.word("pack.outcomes.title"), List.of(
				new Text(context.word("pack.outcomes.text", figures.cases(), context.dates().day(today))),
				Table.of(context.word("pack.outcomes.table"), List.of(context.word("pack.outcomes.figure"),
						context.word("results.column.asOf", context.dates().day(today))), rows))));
	}

	private static List<String> count(PackContext context, String key, int value) {
		return List.of(context.word(key), String.valueOf(value));
	}

	private static List<String> euro(PackContext context, String key, BigDecimal value) {
		return List.of(context.word(key), PackContext.number(value));
	}
}
