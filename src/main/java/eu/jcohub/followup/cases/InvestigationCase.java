package eu.jcohub.followup.cases;

import com.fasterxml.jackson.annotation.JsonProperty;
import eu.jcohub.shared.OperationId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A criminal or administrative case started from an infringement in a validated field report.
 *
 * @param reportAdministration the administration whose report found the infringement
 * @param owner the organisation that investigates (customs, police or prosecution) and keeps the case
 * @param investigatedBy the unit or office investigating, in the owner's words
 * @param closedOn the day it closed; retention of its personal data runs from then
 * @param updatedAt when anything was last recorded on it
 * @param personalDataShown whether the persons in its events are shown to the reader
 */
public record InvestigationCase(UUID id, String reference, UUID reportId, OperationId operationId,
		String reportAdministration, CaseKind kind, String owner, String investigatedBy, LocalDate openedOn,
		@Nullable LocalDate closedOn, Instant updatedAt, List<CaseEvent> events, boolean personalDataShown) {

	public InvestigationCase {
		events = events.stream().sorted(Comparator.comparing(CaseEvent::on).thenComparing(CaseEvent::recordedAt)).toList();
	}

	public boolean open() {
		return closedOn == null;
	}

	@JsonProperty("status")
	public String status() {
		return open() ? "OPEN" : "CLOSED";
	}

	/** The same case as a reader who may not see its persons reads it. */
	InvestigationCase withoutPersons() {
		return new InvestigationCase(id, reference, reportId, operationId, reportAdministration, kind, owner,
				investigatedBy, openedOn, closedOn, updatedAt, events.stream().map(CaseEvent::withoutPersons).toList(),
				false);
	}
}
