package eu.jcohub.seizures;

import eu.jcohub.access.OperationCircle;
import eu.jcohub.access.ProtectedRecord;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A report as the access policy sees it, the same on every path that reads one (report pages, the OCU's desk, links
 * between reports, photos): within its operation's circle, read by those partners of the operation that other
 * modules disclose it to ({@link PartnerDisclosure}).
 */
@Component
class ReportCircles {

	private final List<PartnerDisclosure> disclosures;

	ReportCircles(List<PartnerDisclosure> disclosures) {
		this.disclosures = disclosures;
	}

	ProtectedRecord protect(SeizureReport report, OperationCircle operation, LocalDate today) {
		var partners = operation.partnerOrganisations();
		for (var disclosure : disclosures) {
			partners = disclosure.partnersReading(report.id(), partners);
		}
		return report.protect(new OperationCircle(operation.id(), operation.name(), operation.organiser(),
				operation.countriesTakingPart(), partners, operation.firstDay(), operation.lastDay()), today);
	}
}
