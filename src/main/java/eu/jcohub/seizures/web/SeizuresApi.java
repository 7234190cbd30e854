package eu.jcohub.seizures.web;

import eu.jcohub.seizures.SeizureReports;
import eu.jcohub.seizures.SeizureSummary;
import eu.jcohub.seizures.SeizureView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Seizure reports", description = "What was seized during an operation; every read of a report is audited")
class SeizuresApi {

	private final SeizureReports reports;

	SeizuresApi(SeizureReports reports) {
		this.reports = reports;
	}

	@PostMapping("/api/operations/{id}/seizures")
	@Operation(summary = "Report a seizure made during the operation, owned by your organisation")
	ResponseEntity<SeizureView> report(@PathVariable UUID id, @RequestBody SeizureRequest request) {
		var view = reports.report(id, request.toDraft());
		return ResponseEntity.created(URI.create("/api/seizures/" + view.id())).body(view);
	}

	@GetMapping("/api/operations/{id}/seizures")
	@Operation(summary = "The operation's seizure reports you may open (index lines only; opening one is audited)")
	List<SeizureSummary> ofOperation(@PathVariable UUID id) {
		return reports.ofOperation(id);
	}

	@GetMapping("/api/seizures/{id}")
	@Operation(summary = "One seizure report; persons and companies only for the reporting organisation "
			+ "(and the OCU while the operation runs). The read is recorded in the audit trail")
	SeizureView read(@PathVariable UUID id) {
		return reports.read(id);
	}

	@PutMapping("/api/seizures/{id}")
	@Operation(summary = "Amend a seizure report (reporting organisation); send 'version' to guard against lost "
			+ "updates. Only the owner may widen who can read it")
	SeizureView amend(@PathVariable UUID id, @RequestBody SeizureRequest request) {
		return reports.amend(id, request.toDraft(), request.version());
	}
}
