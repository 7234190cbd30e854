package eu.jcohub.followup;

import eu.jcohub.followup.internal.ReportFigureStore;
import eu.jcohub.seizures.ReportValidated;
import eu.jcohub.shared.OperationId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Follow-up's projection of validated field reports: each report the OCU validates is kept here with its figures
 * (never a person or a company), so that investigation cases, an operation's results and its debriefing count
 * from follow-up's own table. Idempotent per report: the same event delivered twice (a retry after a failure) or a
 * report validated again leaves one row, with the latest figures.
 */
@Component
public class ReportFigures {

	private final ReportFigureStore store;

	ReportFigures(ReportFigureStore store) {
		this.store = store;
	}

	@ApplicationModuleListener
	void on(ReportValidated validated) {
		store.upsert(validated);
	}

	/** A validated report's figures, or empty when the report was not (yet) validated. */
	public Optional<ReportValidated> of(UUID reportId) {
		return store.find(reportId);
	}

	/** The validated reports of an operation, in the order they happened. */
	public List<ReportValidated> ofOperation(OperationId operation) {
		return store.ofOperation(operation);
	}
}
