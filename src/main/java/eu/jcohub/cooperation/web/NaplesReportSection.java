package eu.jcohub.cooperation.web;

import eu.jcohub.cooperation.Article;
import eu.jcohub.cooperation.Cooperation;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationSection.PageFragment;
import eu.jcohub.seizures.ReportSection;
import eu.jcohub.shared.InvalidInput;
import java.util.HashMap;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A seizure report's Naples II part: start a controlled delivery from the reporting administration to another
 * state taking part, with the guidance for the two states, and the requests already started from the report.
 */
@Component
class NaplesReportSection implements ReportSection {

	private final Cooperation cooperation;
	private final OperationRegister operations;

	NaplesReportSection(Cooperation cooperation, OperationRegister operations) {
		this.cooperation = cooperation;
		this.operations = operations;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public Optional<PageFragment> sectionFor(Report report) {
		var requests = cooperation.requestsOfReport(report.operationId(), report.id());
		boolean mayFile = cooperation.mayFile(report.operationId());
		if (!mayFile && requests.isEmpty()) {
			return Optional.empty();
		}
		var circle = operations.circle(report.operationId());
		var from = cooperation.countryOf(report.owner());
		var to = circle.countriesTakingPart().stream().filter(c -> !c.equals(from)).sorted().findFirst().orElse("");
		var requesting = cooperation.customsOf(from).orElse(report.owner());
		var data = new HashMap<String, Object>();
		data.put("report", report);
		data.put("requests", requests);
		data.put("mayFile", mayFile);
		data.put("requesting", requesting);
		data.put("to", to);
		data.put("administrations", cooperation.administrations().stream().filter(a -> !from.equals(a.country())).toList());
		data.put("defaultRequested", cooperation.customsOf(to).orElse(""));
		try {
			data.put("guidance", cooperation.guidance(Article.CONTROLLED_DELIVERY, from, to));
		}
		catch (InvalidInput noPair) {
			// The reporting administration is not a member state's, or no other state takes part: no guidance yet.
		}
		return Optional.of(new PageFragment("cooperation/section-report", data));
	}
}
