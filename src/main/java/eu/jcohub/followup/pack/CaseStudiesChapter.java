package eu.jcohub.followup.pack;

import eu.jcohub.followup.debriefing.CaseStudies;
import eu.jcohub.followup.pack.Chapter.Heading;
import eu.jcohub.followup.pack.Chapter.Table;
import eu.jcohub.followup.pack.Chapter.Text;
import eu.jcohub.seizures.FieldReportView;
import eu.jcohub.seizures.FieldReports;
import eu.jcohub.seizures.ReportState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The reports the leader picked as workshop case studies: the facts of each as the reader may see the report
 * (never the person it names), and why it was picked. A picked report the reader may not see is left out.
 */
@Component
class CaseStudiesChapter implements PackChapter {

	private final CaseStudies caseStudies;
	private final FieldReports reports;

	CaseStudiesChapter(CaseStudies caseStudies, FieldReports reports) {
		this.caseStudies = caseStudies;
		this.reports = reports;
	}

	@Override
	public int order() {
		return 70;
	}

	@Override
	public Optional<Chapter> write(PackContext context) {
		var id = context.operation().id();
		var picks = caseStudies.of(id);
		var blocks = new ArrayList<Chapter.Block>();
		if (picks.isEmpty()) {
			blocks.add(new Text(context.word("pack.cases.none")));
			return Optional.of(new Chapter(context.word("pack.cases.title"), blocks));
		}
		Map<UUID, FieldReportView> visible = reports.ofOperation(id, ReportState.VALIDATED, null, null).stream()
			.collect(Collectors.toMap(FieldReportView::id, Function.identity()));
		blocks.add(new Text(context.word("pack.cases.text")));
		for (var pick : picks) {
			var report = visible.get(pick.reportId());
			if (report == null) {
				continue;
			}
			blocks.add(new Heading(context.word("pack.cases.case", report.reference(), context.riskArea(report.riskArea()))));
			var facts = new ArrayList<List<String>>();
			facts.add(List.of(context.word("pack.cases.when"), context.dates().moment(report.occurredAt())));
			facts.add(List.of(context.word("pack.cases.by"), context.organisation(report.owner())));
			fact(facts, context.word("pack.cases.where"), report.place() != null ? report.place()
					: report.locationCode() == null ? null : context.reference().locationName(report.locationCode()));
			fact(facts, context.word("pack.cases.transport"), report.transportMode() == null ? null
					: context.transportMode(report.transportMode()));
			fact(facts, context.word("pack.cases.route"), report.routeFrom() == null ? null
					: context.country(report.routeFrom())
							+ (report.routeTo() == null ? "" : " → " + context.country(report.routeTo())));
			fact(facts, context.word("pack.cases.concealment"), report.concealment());
			fact(facts, context.word("pack.cases.quantity"), report.quantity() == null ? null
					: PackContext.number(report.quantity()) + (report.unit() == null ? "" : " " + report.unit()));
			fact(facts, context.word("pack.cases.value"), report.valueEur() == null ? null : context.euro(report.valueEur()));
			blocks.add(new Table(null, List.of(context.word("pack.cases.fact"), context.word("pack.cases.detail")),
					List.of(false, false), facts));
			if (report.summary() != null) {
				blocks.add(new Text(report.summary()));
			}
			if (!pick.note().isEmpty()) {
				blocks.add(new Text(context.word("pack.cases.note", pick.note())));
			}
		}
		return Optional.of(new Chapter(context.word("pack.cases.title"), blocks));
	}

	private static void fact(List<List<String>> facts, String label, @org.jspecify.annotations.Nullable String value) {
		if (value != null && !value.isBlank()) {
			facts.add(List.of(label, value));
		}
	}
}
