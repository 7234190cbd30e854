package eu.jcohub.followup.pack;

import eu.jcohub.followup.pack.Chapter.Table;
import eu.jcohub.followup.pack.Chapter.Text;
import eu.jcohub.reference.Organisation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/** Who took part: the administrations of the plan and what each reported, and the partners. */
@Component
class ParticipationChapter implements PackChapter {

	@Override
	public int order() {
		return 10;
	}

	@Override
	public Optional<Chapter> write(PackContext context) {
		var plan = context.operation().plan();
		var countries = new TreeSet<>(plan.participants());
		if (plan.leadCountry() != null) {
			countries.add(plan.leadCountry());
		}
		var byCountry = Tally.by(context.reports(), r -> countryOf(context, r.administration()), "");
		var rows = new ArrayList<List<String>>();
		long reporting = 0;
		for (var country : countries) {
			var tally = byCountry.stream().filter(t -> t.key().equals(country)).findFirst();
			reporting += tally.isPresent() ? 1 : 0;
			rows.add(List.of(context.country(country) + (country.equals(plan.leadCountry())
					? " " + context.word("pack.participation.lead") : ""),
					PackContext.number(tally.map(t -> t.controls() + t.seizures()).orElse(0L)),
					PackContext.number(tally.map(Tally::controls).orElse(0L)),
					PackContext.number(tally.map(Tally::seizures).orElse(0L))));
		}
		var blocks = new ArrayList<Chapter.Block>();
		blocks.add(new Text(context.word("pack.participation.text", plan.name(),
				context.organisation(plan.organiser()), countries.size(), reporting)));
		blocks.add(Table.of(context.word("pack.participation.table"),
				List.of(context.word("pack.column.country"), context.word("pack.column.reports"),
						context.word("pack.column.controls"), context.word("pack.column.seizures")),
				rows));
		if (!plan.partnerOrganisations().isEmpty()) {
			blocks.add(new Text(context.word("pack.participation.partners",
					String.join(", ", context.reference().organisationNames(plan.partnerOrganisations())))));
		}
		return Optional.of(new Chapter(context.word("pack.participation.title"), blocks));
	}

	static @org.jspecify.annotations.Nullable String countryOf(PackContext context, String administration) {
		return context.reference().organisation(administration).flatMap(Organisation::countryCode).orElse(null);
	}
}
