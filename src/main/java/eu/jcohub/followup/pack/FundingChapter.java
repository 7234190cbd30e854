package eu.jcohub.followup.pack;

import eu.jcohub.followup.pack.Chapter.Table;
import eu.jcohub.followup.pack.Chapter.Text;
import eu.jcohub.funding.Funding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The operation's budget by category and payer, and what its applications to programmes asked and were granted. */
@Component
class FundingChapter implements PackChapter {

	private final Funding funding;

	FundingChapter(Funding funding) {
		this.funding = funding;
	}

	@Override
	public int order() {
		return 60;
	}

	@Override
	public Optional<Chapter> write(PackContext context) {
		var id = context.operation().id();
		var budget = funding.budget(id);
		var applications = funding.applications(id);
		var blocks = new ArrayList<Chapter.Block>();
		var granted = applications.stream().map(a -> a.granted() == null ? BigDecimal.ZERO : a.granted())
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		blocks.add(new Text(budget.selfFunded()
				? context.word("pack.funding.selfFunded", context.euro(budget.total()))
				: context.word("pack.funding.text", context.euro(budget.total()), context.euro(granted))));
		var categories = budget.byCategory().entrySet().stream()
			.map(e -> List.of(capitalised(context.word("funding.category." + e.getKey().name())), context.euro(e.getValue())))
			.toList();
		blocks.add(Table.of(context.word("pack.funding.byCategory"), List.of(context.word("pack.column.category"),
				context.word("pack.column.amount")), categories));
		var rows = applications.stream()
			.map(a -> List.of(funding.programmeName(a.programme()), capitalised(context.word("funding.status." + a.status().name())),
					context.euro(a.requested()), context.euro(a.granted())))
			.toList();
		blocks.add(new Table(context.word("pack.funding.applications"), List.of(context.word("pack.column.programme"),
				context.word("pack.column.status"), context.word("pack.column.requested"),
				context.word("pack.column.granted")), List.of(false, false, true, true), rows));
		return Optional.of(new Chapter(context.word("pack.funding.title"), blocks));
	}

	/** The funding module's words are written to stand inside a sentence; a table cell starts with a capital. */
	private static String capitalised(String word) {
		return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}
}
