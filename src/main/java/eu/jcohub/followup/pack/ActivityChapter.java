package eu.jcohub.followup.pack;

import eu.jcohub.followup.pack.Chapter.Bar;
import eu.jcohub.followup.pack.Chapter.Chart;
import eu.jcohub.followup.pack.Chapter.Heading;
import eu.jcohub.followup.pack.Chapter.Table;
import eu.jcohub.followup.pack.Chapter.Text;
import eu.jcohub.seizures.ReportType;
import eu.jcohub.seizures.ReportValidated;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import org.springframework.stereotype.Component;

/** Controls and seizures: the totals, and charts by administration, risk area and transport mode. */
@Component
class ActivityChapter implements PackChapter {

	@Override
	public int order() {
		return 20;
	}

	@Override
	public Optional<Chapter> write(PackContext context) {
		var reports = context.reports();
		var total = Tally.of("", reports);
		var blocks = new ArrayList<Chapter.Block>();
		blocks.add(new Text(context.word("pack.activity.text", PackContext.number(reports.size()),
				PackContext.number(total.controls()), PackContext.number(total.controlled()),
				total.seizures(), context.euro(total.valueEur()), context.euro(total.dutiesEur()))));
		if (reports.isEmpty()) {
			return Optional.of(new Chapter(context.word("pack.activity.title"), blocks));
		}
		var unknown = context.word("pack.unknown");
		var byCountry = Tally.by(reports, r -> ParticipationChapter.countryOf(context, r.administration()), unknown);
		blocks.add(new Heading(context.word("pack.activity.byCountry")));
		blocks.add(chart(context.word("pack.activity.controlsByCountry"), byCountry, Tally::controls,
				code -> code.equals(unknown) ? code : context.country(code), unknown));
		blocks.add(chart(context.word("pack.activity.seizuresByCountry"), byCountry, Tally::seizures,
				code -> code.equals(unknown) ? code : context.country(code), unknown));
		var byArea = Tally.by(reports, ReportValidated::riskArea, unknown);
		blocks.add(new Heading(context.word("pack.activity.byRiskArea")));
		blocks.add(chart(context.word("pack.activity.seizuresByRiskArea"), byArea, Tally::seizures,
				code -> code.equals(unknown) ? code : context.riskArea(code), unknown));
		blocks.add(quantities(context, reports));
		var byMode = Tally.by(reports, ReportValidated::transportMode, unknown);
		blocks.add(new Heading(context.word("pack.activity.byTransportMode")));
		blocks.add(chart(context.word("pack.activity.hitsByTransportMode"), byMode, Tally::hits,
				code -> code.equals(unknown) ? code : context.transportMode(code), unknown));
		return Optional.of(new Chapter(context.word("pack.activity.title"), blocks));
	}

	private static Chart chart(String caption, List<Tally> tallies, ToLongFunction<Tally> figure,
			java.util.function.Function<String, String> label, String unknown) {
		// A bar for the reports that gave no risk area or mode says something only when they count here: the controls
		// give no risk area, so "not given" would otherwise stand at 0 under seizures per risk area.
		var bars = tallies.stream()
			.filter(t -> figure.applyAsLong(t) > 0 || !t.key().equals(unknown))
			.sorted(java.util.Comparator.comparingLong(figure).reversed())
			.map(t -> new Bar(label.apply(t.key()), BigDecimal.valueOf(figure.applyAsLong(t)),
					PackContext.number(figure.applyAsLong(t))))
			.toList();
		return new Chart(caption, bars);
	}

	/** What was seized, per risk area and unit, with its value. */
	private static Table quantities(PackContext context, List<ReportValidated> reports) {
		var totals = new TreeMap<String, BigDecimal[]>();
		for (var r : reports) {
			if (r.type() != ReportType.SEIZURE) {
				continue;
			}
			var unit = r.unit() == null ? "" : r.unit().toLowerCase(Locale.ROOT);
			var key = context.riskArea(r.riskArea()) + "\u0000" + unit;
			var sums = totals.computeIfAbsent(key, k -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO });
			sums[0] = sums[0].add(BigDecimal.ONE);
			sums[1] = sums[1].add(r.quantity() == null ? BigDecimal.ZERO : r.quantity());
			sums[2] = sums[2].add(r.valueEur() == null ? BigDecimal.ZERO : r.valueEur());
		}
		var rows = totals.entrySet().stream().map(e -> {
			var parts = e.getKey().split("\u0000", -1);
			return List.of(parts[0], PackContext.number(e.getValue()[0]),
					parts[1].isEmpty() ? "–" : PackContext.number(e.getValue()[1]) + " " + parts[1],
					context.euro(e.getValue()[2]));
		}).toList();
		return Table.of(context.word("pack.activity.quantities"), List.of(context.word("pack.column.riskArea"),
				context.word("pack.column.seizures"), context.word("pack.column.quantity"),
				context.word("pack.column.value")), rows);
	}
}
