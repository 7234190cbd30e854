package eu.jcohub.analytics.web;

import eu.jcohub.analytics.AdministrationShare;
import eu.jcohub.analytics.Overview;
import eu.jcohub.analytics.Overview.HitRate;
import eu.jcohub.operations.OperationType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** The overview drawn as charts, each with the numbers it draws, worded for the reader. */
final class Charts {

	static final List<String> OVERVIEW = List.of("years", "organisers", "risk-areas", "breadth", "phase-use",
			"phase-lengths", "hit-rates", "notice", "participation", "decline-reasons", "conflicts", "funding", "naples",
			"results", "seizures");

	private static final java.util.Comparator<Chart.Row> BY_LABEL = java.util.Comparator.comparing(Chart.Row::label,
			java.text.Collator.getInstance(java.util.Locale.ENGLISH));

	private final Overview o;
	private final Words words;

	private Charts(Overview overview, Words words) {
		this.o = overview;
		this.words = words;
	}

	static List<Chart> of(Overview overview, Words words) {
		var charts = new Charts(overview, words);
		return OVERVIEW.stream().map(id -> charts.chart(id).orElseThrow()).toList();
	}

	static Optional<Chart> one(Overview overview, Words words, String id) {
		return new Charts(overview, words).chart(id);
	}

	private Optional<Chart> chart(String id) {
		return Optional.ofNullable(switch (id) {
			case "years" -> years();
			case "organisers" -> organisers();
			case "risk-areas" -> chart(id, List.of("riskArea", "operations"), o.riskAreas().stream()
				.map(t -> row(words.riskArea(t.key()), t.count())).toList());
			case "breadth" -> chart(id, List.of("breadth", "operations"), o.riskAreaBreadth().stream()
				.map(t -> row(words.of("analytics.breadth." + t.key()), t.count())).toList());
			case "phase-use" -> chart(id, List.of("phasing", "operations"), List.of(
					row(words.of("analytics.phasing.single"), o.phases().singlePhase()),
					row(words.of("analytics.phasing.split"), o.phases().split())));
			case "phase-lengths" -> phaseLengths();
			case "hit-rates" -> chart(id, List.of("group", "hitRate", "reports", "hits"), List.of(
					rate("analytics.rate.phase1", o.phases().phase1()), rate("analytics.rate.phase2", o.phases().phase2()),
					rate("analytics.rate.single", o.phases().singlePhaseOperations()),
					rate("analytics.rate.split", o.phases().splitOperations())));
			case "notice" -> chart(id, List.of("organiser", "medianDays", "operations", "shortestDays", "longestDays"),
					o.notice().stream().map(n -> new Chart.Row(words.organisation(n.organiser()),
							List.of(number(n.medianDays()), String.valueOf(n.operations()), String.valueOf(n.shortestDays()),
									String.valueOf(n.longestDays())), Math.max(0, n.medianDays()))).sorted(BY_LABEL).toList());
			case "participation" -> chart(id, List.of("administration", "invited", "accepted", "declined", "open"),
					o.participation().perAdministration().stream().map(p -> new Chart.Row(words.organisation(p.administration()),
							List.of(String.valueOf(p.invited()), String.valueOf(p.accepted()), String.valueOf(p.declined()),
									String.valueOf(p.open())), p.invited())).sorted(BY_LABEL).toList());
			case "decline-reasons" -> chart(id, List.of("reason", "invitations"), o.participation().declineReasons()
				.stream().map(t -> row(words.of("invitation.reason." + t.key()), t.count())).toList());
			case "conflicts" -> conflicts();
			case "funding" -> chart(id, List.of("programme", "medianLeadDays", "applications", "requested", "decided",
					"granted"), o.funding().stream().map(f -> new Chart.Row(words.programme(f.programme()),
							List.of(f.medianLeadDays() == null ? "" : number(f.medianLeadDays()),
									String.valueOf(f.applications()), money(f.requested()), String.valueOf(f.decided()),
									money(f.granted())), f.medianLeadDays() == null ? 0 : f.medianLeadDays())).toList());
			case "naples" -> chart(id, List.of("article", "requests"), o.naplesPerArticle().stream()
				.map(t -> row(words.article(t.key()), t.count())).toList());
			case "results" -> results();
			case "seizures" -> chart(id, List.of("riskArea", "seizures", "unit", "quantity"), o.results()
				.seizuresByRiskArea().stream().map(s -> new Chart.Row(words.of("analytics.seizureLine",
						words.riskArea(s.riskArea()), words.unit(s.unit())),
						List.of(String.valueOf(s.seizures()), words.unit(s.unit()), plain(s.quantity())), s.seizures()))
				.toList());
			default -> null;
		});
	}

	private Chart years() {
		var types = Arrays.stream(OperationType.values()).map(Enum::name).toList();
		var headings = new ArrayList<String>(List.of(words.of("analytics.column.year"),
				words.of("analytics.column.operations")));
		types.forEach(type -> headings.add(words.type(type)));
		var rows = o.perYear().stream().map(line -> {
			var cells = new ArrayList<String>(List.of(String.valueOf(line.operations())));
			types.forEach(type -> cells.add(String.valueOf(line.byType().getOrDefault(type, 0L))));
			return new Chart.Row(String.valueOf(line.year()), cells, line.operations());
		}).toList();
		return worded("years", headings, rows);
	}

	/** Operations per organiser over the range, and in each year. */
	private Chart organisers() {
		var organisers = new TreeSet<String>();
		o.perYear().forEach(line -> organisers.addAll(line.byOrganiser().keySet()));
		var headings = new ArrayList<String>(List.of(words.of("analytics.column.organiser"),
				words.of("analytics.column.operations")));
		o.perYear().forEach(line -> headings.add(String.valueOf(line.year())));
		var rows = organisers.stream().map(organiser -> {
			long total = o.perYear().stream().mapToLong(line -> line.byOrganiser().getOrDefault(organiser, 0L)).sum();
			var cells = new ArrayList<String>(List.of(String.valueOf(total)));
			o.perYear().forEach(line -> cells.add(String.valueOf(line.byOrganiser().getOrDefault(organiser, 0L))));
			return new Chart.Row(words.organisation(organiser), cells, total);
		}).sorted((a, b) -> Double.compare(b.bar(), a.bar())).toList();
		return worded("organisers", headings, rows);
	}

	private Chart phaseLengths() {
		var p = o.phases();
		var rows = new ArrayList<Chart.Row>();
		if (p.shortestDays() != null) {
			rows.add(row(words.of("analytics.length.shortest"), p.shortestDays()));
			rows.add(new Chart.Row(words.of("analytics.length.median"), List.of(number(p.medianDays())),
					p.medianDays() == null ? 0 : p.medianDays()));
			rows.add(row(words.of("analytics.length.longest"), p.longestDays()));
		}
		return chart("phase-lengths", List.of("length", "days"), rows);
	}

	private Chart conflicts() {
		var c = o.conflicts();
		var rows = new ArrayList<Chart.Row>();
		if (c.found() > 0) {
			rows.add(row(words.of("analytics.conflicts.found"), c.found()));
			rows.add(row(words.of("analytics.conflicts.unresolved"), c.unresolved()));
			c.resolutions().forEach(t -> rows.add(row(words.of("resolution.kind." + t.key()), t.count())));
		}
		return chart("conflicts", List.of("conflicts", "pairs"), rows);
	}

	private Chart results() {
		var r = o.results();
		var cases = r.cases();
		var rows = List.of(row(words.of("analytics.results.reports"), r.reports()),
				row(words.of("analytics.results.controls"), r.controls()),
				row(words.of("analytics.results.controlled"), r.controlled()),
				row(words.of("analytics.results.seizures"), r.seizures()),
				row(words.of("analytics.results.hits"), r.hits()),
				row(words.of("analytics.results.cases"), cases.cases()),
				row(words.of("analytics.results.closed"), cases.closed()),
				row(words.of("analytics.results.charged"), cases.charged()),
				row(words.of("analytics.results.convictions"), cases.convictions()),
				row(words.of("analytics.results.acquittals"), cases.acquittals()),
				row(words.of("analytics.results.recommendationsImplemented"), r.recommendationsImplemented()),
				row(words.of("analytics.results.recommendationsOpen"), r.recommendationsOpen()),
				row(words.of("analytics.results.recommendationsOther"), r.recommendationsClosedOtherwise()));
		return chart("results", List.of("figure", "count"), rows);
	}

	/** The administration's seizures, by risk area and unit. */
	static Chart seized(AdministrationShare share, Words words) {
		var rows = share.seized().stream().map(s -> new Chart.Row(words.of("analytics.seizureLine",
				words.riskArea(s.riskArea()), words.unit(s.unit())),
				List.of(String.valueOf(s.seizures()), words.unit(s.unit()), plain(s.quantity())), s.seizures())).toList();
		return table(words, "seized", List.of("riskArea", "seizures", "unit", "quantity"), rows);
	}

	private Chart chart(String id, List<String> columns, List<Chart.Row> rows) {
		return table(words, id, columns, rows);
	}

	private Chart worded(String id, List<String> headings, List<Chart.Row> rows) {
		return worded(words, id, headings, rows);
	}

	private static Chart table(Words words, String id, List<String> columns, List<Chart.Row> rows) {
		return worded(words, id, columns.stream().map(c -> words.of("analytics.column." + c)).toList(), rows);
	}

	private static Chart worded(Words words, String id, List<String> headings, List<Chart.Row> rows) {
		return new Chart(id, words.of("analytics.chart." + id), words.of("analytics.chart." + id + ".desc"), headings,
				rows);
	}

	private Chart.Row rate(String key, HitRate rate) {
		return new Chart.Row(words.of(key), List.of(rate.percent() == null ? "" : number(rate.percent()),
				String.valueOf(rate.reports()), String.valueOf(rate.hits())), rate.percent() == null ? 0 : rate.percent());
	}

	private static Chart.Row row(String label, long count) {
		return new Chart.Row(label, List.of(String.valueOf(count)), count);
	}

	private static String number(@Nullable Double value) {
		if (value == null) {
			return "";
		}
		return value == Math.rint(value) ? String.valueOf(value.longValue()) : String.valueOf(value);
	}

	private static String money(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

	private static String plain(BigDecimal amount) {
		return amount.stripTrailingZeros().scale() < 0 ? amount.setScale(0).toPlainString()
				: amount.stripTrailingZeros().toPlainString();
	}
}
