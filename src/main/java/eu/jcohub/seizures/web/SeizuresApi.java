package eu.jcohub.seizures.web;

import eu.jcohub.reference.ReferenceData;
import eu.jcohub.seizures.SeizureReports;
import eu.jcohub.shared.OperationId;
import eu.jcohub.shared.VersionRequired;
import eu.jcohub.seizures.SeizureSummary;
import eu.jcohub.seizures.SeizureView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
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
	private final ReferenceData reference;
	private final MessageSource messages;
	private final Clock clock;

	SeizuresApi(SeizureReports reports, ReferenceData reference, MessageSource messages, Clock clock) {
		this.reports = reports;
		this.reference = reference;
		this.messages = messages;
		this.clock = clock;
	}

	@PostMapping("/api/operations/{id}/seizures")
	@Operation(summary = "Report a seizure made during the operation, owned by your organisation")
	ResponseEntity<SeizureView> report(@PathVariable OperationId id, @RequestBody SeizureRequest request) {
		reports.requireReportOn(id);
		var view = reports.report(id, request.toDraft());
		return ResponseEntity.created(URI.create("/api/seizures/" + view.id())).body(view);
	}

	@GetMapping("/api/operations/{id}/seizures")
	@Operation(summary = "The operation's seizure reports you may open (index lines only; opening one is audited)")
	List<SeizureSummary> ofOperation(@PathVariable OperationId id) {
		return reports.ofOperation(id);
	}

	@GetMapping("/api/seizures/{id}")
	@Operation(summary = "One seizure report; the read is recorded in the audit trail",
			description = "Persons and companies only for the reporting organisation (and the OCU while the "
					+ "operation runs).")
	SeizureView read(@PathVariable UUID id) {
		return reports.read(id);
	}

	@GetMapping(path = "/api/seizures/{id}/report.pdf", produces = "application/pdf")
	@Operation(summary = "One seizure report printed as PDF, with its handling marking on every page; audited like "
			+ "any read")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id, Locale locale) {
		var view = reports.read(id);
		var pdf = SeizureReportPdf.render(view, reference::riskAreaName, messages, locale,
				LocalDate.now(clock));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition", "attachment; filename=\"" + view.reference() + ".pdf\"")
			.body(pdf);
	}

	@PutMapping("/api/seizures/{id}")
	@Operation(summary = "Amend a seizure report (reporting organisation)",
			description = "'version' must be the version you read (a stale one is refused with 409, a missing one with "
					+ "428). Only the owner may widen who can read it. Who may not amend the report is refused (403) "
					+ "before the body is looked at.")
	SeizureView amend(@PathVariable UUID id, @RequestBody SeizureRequest request) {
		reports.requireAmend(id);
		if (request.version() == null) {
			throw new VersionRequired();
		}
		return reports.amend(id, request.toDraft(), request.version());
	}
}
