package eu.jcohub.followup;

import eu.jcohub.followup.internal.ReportFigureStore;
import eu.jcohub.seizures.ReportValidated;
import eu.jcohub.shared.OperationId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Follow-up's projection of validated field reports: each report the OCU validates is kept here with its figures
 * (never a person or a company), so that investigation cases, an operation's results and its debriefing count
 * from follow-up's own table. Kept in the transaction that validates the report (the event is published there), so
 * that a report is counted the moment its validation commits, never a moment later: a case can be opened from it
 * at once. Idempotent per report: a report validated again leaves one row, with the latest figures.
 */
@Component
public class ReportFigures {

	private final ReportFigureStore store;

	ReportFigures(ReportFigureStore store) {
		this.store = store;
	}

	@EventListener
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
