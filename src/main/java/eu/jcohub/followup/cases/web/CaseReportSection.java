package eu.jcohub.followup.cases.web;

import eu.jcohub.followup.cases.Cases;
import eu.jcohub.operations.OperationSection.PageFragment;
import eu.jcohub.seizures.ReportSection;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A validated report's investigation cases: the cases started from it that the reader may read, and the way to
 * open one for those who may.
 */
@Component
class CaseReportSection implements ReportSection {

	private final Cases cases;

	CaseReportSection(Cases cases) {
		this.cases = cases;
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public Optional<PageFragment> sectionFor(Report report) {
		var started = cases.ofReport(report.id());
		boolean mayOpen = cases.mayOpen(report.id());
		if (started.isEmpty() && !mayOpen) {
			return Optional.empty();
		}
		return Optional.of(new PageFragment("followup/cases/section-report",
				Map.of("reportId", report.id(), "cases", started, "mayOpen", mayOpen)));
	}
}
