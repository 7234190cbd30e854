package eu.jcohub.followup.pack;

import eu.jcohub.followup.pack.Chapter.Heading;
import eu.jcohub.followup.pack.Chapter.Table;
import eu.jcohub.followup.pack.Chapter.Text;
import eu.jcohub.seizures.ReportValidated;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Results per risk profile (hit rates) and per Member State (controls, seizures, value, duties). */
@Component
class ResultsChapter implements PackChapter {

	@Override
	public int order() {
		return 30;
	}

	@Override
	public Optional<Chapter> write(PackContext context) {
		var blocks = new ArrayList<Chapter.Block>();
		var without = context.word("pack.results.noProfile");
		blocks.add(new Heading(context.word("pack.results.perProfile")));
		blocks.add(new Text(context.word("pack.results.hitRate")));
		var perProfile = Tally.by(context.reports(), ReportValidated::profileName, without).stream()
			.map(t -> List.of(t.key(), PackContext.number(t.controls()), PackContext.number(t.seizures()),
					PackContext.number(t.hits()), t.hitRate() == null ? "–" : t.hitRate() + " %"))
			.toList();
		blocks.add(Table.of(context.word("pack.results.perProfile"), List.of(context.word("pack.column.profile"),
				context.word("pack.column.controls"), context.word("pack.column.seizures"),
				context.word("pack.column.hits"), context.word("pack.column.hitRate")), perProfile));
		blocks.add(new Heading(context.word("pack.results.perCountry")));
		var unknown = context.word("pack.unknown");
		var perCountry = Tally.by(context.reports(), r -> ParticipationChapter.countryOf(context, r.administration()),
				unknown).stream()
			.map(t -> List.of(t.key().equals(unknown) ? unknown : context.country(t.key()),
					PackContext.number(t.controls()), PackContext.number(t.controlled()),
					PackContext.number(t.seizures()), context.euro(t.valueEur()), context.euro(t.dutiesEur())))
			.toList();
		blocks.add(Table.of(context.word("pack.results.perCountry"), List.of(context.word("pack.column.country"),
				context.word("pack.column.controls"), context.word("pack.column.controlled"),
				context.word("pack.column.seizures"), context.word("pack.column.value"),
				context.word("pack.column.duties")), perCountry));
		return Optional.of(new Chapter(context.word("pack.results.title"), blocks));
	}
}
