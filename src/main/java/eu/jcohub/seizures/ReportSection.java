package eu.jcohub.seizures;

import eu.jcohub.operations.OperationSection.PageFragment;
import eu.jcohub.shared.OperationId;
import java.util.Optional;
import java.util.UUID;

/**
 * A part of a field report's page that another module contributes (e.g. starting a Naples II request from a
 * seizure), so that the reporting module does not know it. Each section reads only what the user may see.
 */
public interface ReportSection {

	/** Where the section stands on the page, lower first. */
	int order();

	/** The section for this report as the user may see it, or empty when there is nothing to show them. */
	Optional<PageFragment> sectionFor(Report report);

	/** What a section may know of the report shown. */
	record Report(UUID id, OperationId operationId, String reference, String owner, ReportType type) {
	}
}
