package eu.jcohub.seizures.web;

import eu.jcohub.operations.OperationSection;
import eu.jcohub.operations.OperationView;
import eu.jcohub.seizures.FieldReports;
import eu.jcohub.seizures.Phases;
import eu.jcohub.seizures.ReportingPhase;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The operation page's way into its execution, for those who may see its details: the phase under way, and the
 * field reports (the OCU's desk), the report form for those who report and the risk profiles.
 */
@Component
class ExecutionSection implements OperationSection {

	private final Phases phases;
	private final FieldReports reports;

	ExecutionSection(Phases phases, FieldReports reports) {
		this.phases = phases;
		this.reports = reports;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public Optional<PageFragment> sectionFor(OperationView operation) {
		if (!operation.detailsVisible() || operation.plan().type() == eu.jcohub.operations.OperationType.OTHER_BODY) {
			return Optional.empty();
		}
		var known = phases.of(operation.id());
		var open = known.stream().filter(ReportingPhase::open).findFirst();
		return Optional.of(new PageFragment("seizures/section", Map.of("operationId", operation.id(),
				"phasesOpened", known.size(), "openPhase", open.map(ReportingPhase::number).orElse(0),
				"mayReport", reports.mayReportOn(operation.id()), "ocu", reports.mayValidate(operation.id()))));
	}
}
