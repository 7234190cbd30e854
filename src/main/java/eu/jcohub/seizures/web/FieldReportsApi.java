package eu.jcohub.seizures.web;

import eu.jcohub.seizures.FieldReportView;
import eu.jcohub.seizures.FieldReports;
import eu.jcohub.seizures.Phases;
import eu.jcohub.seizures.Photos;
import org.springframework.web.multipart.MultipartFile;
import eu.jcohub.seizures.ReportState;
import eu.jcohub.seizures.ReportType;
import eu.jcohub.seizures.ReportingPhase;
import eu.jcohub.seizures.RiskProfileDraft;
import eu.jcohub.seizures.RiskProfileView;
import eu.jcohub.seizures.RiskProfiles;
import eu.jcohub.shared.InvalidInput;
import eu.jcohub.shared.OperationId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Field reports", description = "Phases, risk profiles, controls and seizures reported during an "
		+ "operation, and their validation by the OCU")
class FieldReportsApi {

	private final FieldReports reports;
	private final Phases phases;
	private final RiskProfiles profiles;
	private final Photos photos;

	FieldReportsApi(FieldReports reports, Phases phases, RiskProfiles profiles, Photos photos) {
		this.photos = photos;
		this.reports = reports;
		this.phases = phases;
		this.profiles = profiles;
	}

	/** Why a phase was opened or closed, for the lifecycle's history. */
	record PhaseStep(@Nullable String reason) {
	}

	/** A question, an answer or a reason for rejecting. */
	record Text(@Nullable String text) {
	}

	@GetMapping("/api/operations/{id}/phases")
	@Operation(summary = "The operation's operational phases as the OCU opened and closed them")
	List<ReportingPhase> phases(@PathVariable OperationId id) {
		return phases.of(id);
	}

	@PostMapping("/api/operations/{id}/phases/{n}/open")
	@Operation(summary = "Open the next operational phase (the operation's OCU); the lifecycle's guards apply")
	ReportingPhase open(@PathVariable OperationId id, @PathVariable int n, @RequestBody(required = false) PhaseStep step) {
		phases.requireRun(id);
		return phases.open(id, n, reason(step, "Phase " + n + " opened by the OCU."));
	}

	@PostMapping("/api/operations/{id}/phases/{n}/close")
	@Operation(summary = "Close the phase open (the operation's OCU): reports for it are taken, marked late, for 72 "
			+ "hours more")
	ReportingPhase close(@PathVariable OperationId id, @PathVariable int n, @RequestBody(required = false) PhaseStep step) {
		phases.requireRun(id);
		return phases.close(id, n, reason(step, "Phase " + n + " closed by the OCU."));
	}

	@GetMapping("/api/operations/{id}/risk-profiles")
	@Operation(summary = "Every version of the operation's risk profiles")
	List<RiskProfileView> profiles(@PathVariable OperationId id) {
		return profiles.of(id);
	}

	@PostMapping("/api/operations/{id}/risk-profiles")
	@Operation(summary = "A new risk profile for the phase under way or the next one (the OCU and the leader)")
	ResponseEntity<RiskProfileView> createProfile(@PathVariable OperationId id, @RequestBody RiskProfileDraft draft) {
		profiles.requireEdit(id);
		var created = profiles.create(id, draft);
		return ResponseEntity.created(URI.create("/api/operations/" + id + "/risk-profiles")).body(created);
	}

	@PutMapping("/api/risk-profiles/{id}")
	@Operation(summary = "A new version of the risk profile (the OCU and the leader); every version is kept",
			description = "The id is the profile's (profileId) or that of any of its versions (id in the list).")
	RiskProfileView editProfile(@PathVariable UUID id, @RequestBody RiskProfileDraft draft) {
		// edit finds the profile (404), refuses whoever may not keep it (403), then checks the draft (400).
		return profiles.edit(id, draft);
	}

	@PostMapping("/api/operations/{id}/reports")
	@Operation(summary = "Report one control or seizure (participants); send an Idempotency-Key header",
			description = "A retry with the same key answers 200 with the report the first attempt made; a new report "
					+ "answers 201.")
	ResponseEntity<FieldReportView> submit(@PathVariable OperationId id,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key,
			@RequestBody ReportRequest request) {
		// submit refuses (403) whoever may not report on the operation before it looks at the report.
		var submitted = reports.submit(id, key, request.toDraft());
		var status = submitted.created() ? HttpStatus.CREATED : HttpStatus.OK;
		return ResponseEntity.status(status).location(URI.create("/api/reports/" + submitted.report().id()))
			.body(submitted.report());
	}

	@PostMapping(path = "/api/operations/{id}/reports/bulk", consumes = "application/json")
	@Operation(summary = "Report a batch (at most 1,000) as a JSON array, each item with its idempotencyKey; "
			+ "answered per item")
	List<FieldReports.BulkResult> bulk(@PathVariable OperationId id, @RequestBody List<ReportRequest> items) {
		reports.requireReportOn(id);
		if (items.size() > FieldReports.MAX_BATCH) {
			throw new FieldReports.BatchTooLarge(items.size());
		}
		var numbered = new ArrayList<FieldReports.BulkItem>();
		for (int i = 0; i < items.size(); i++) {
			var item = items.get(i);
			numbered.add(new FieldReports.BulkItem(i + 1, item.idempotencyKey(), item.toDraft()));
		}
		return refusedIfNothingStored(reports.submitAll(id, numbered));
	}

	/**
	 * A batch of which nothing could be stored is refused as a whole (422), each item's reasons named by its place in
	 * the batch ({@code [0].quantity} for the first item's quantity); otherwise the answer lists every item.
	 */
	private static List<FieldReports.BulkResult> refusedIfNothingStored(List<FieldReports.BulkResult> results) {
		if (results.isEmpty() || results.stream().anyMatch(result -> !result.outcome().equals("REFUSED"))) {
			return results;
		}
		var errors = new java.util.LinkedHashMap<String, String>();
		results.forEach(result -> result.errors().forEach((field, reason) ->
				errors.put("[" + (result.row() - 1) + "]." + field, reason)));
		throw new InvalidInput(errors);
	}

	@PostMapping(path = "/api/operations/{id}/reports/bulk", consumes = "text/csv")
	@Operation(summary = "Report a batch (at most 1,000 rows) as CSV with a header row of the API's field names; "
			+ "answered per row")
	List<FieldReports.BulkResult> bulkCsv(@PathVariable OperationId id, @RequestBody String csv) {
		reports.requireReportOn(id);
		var parsed = CsvReports.parse(csv);
		var results = new ArrayList<>(reports.submitAll(id, parsed.items()));
		parsed.unreadable().forEach(row -> results.add(new FieldReports.BulkResult(row.row(), "REFUSED", null, null,
				row.errors())));
		results.sort(Comparator.comparingInt(FieldReports.BulkResult::row));
		return refusedIfNothingStored(results);
	}

	@GetMapping("/api/operations/{id}/reports")
	@Operation(summary = "The operation's field reports you may see, newest first",
			description = "state: RECEIVED, VALIDATED, QUERIED, REJECTED; type: CONTROL, SEIZURE; from: a day or a "
					+ "moment. A field officer sees their own administration's reports.")
	List<FieldReportView> list(@PathVariable OperationId id, @RequestParam(required = false) @Nullable String state,
			@RequestParam(required = false) @Nullable String type, @RequestParam(required = false) @Nullable String from) {
		return reports.ofOperation(id, named(ReportState.class, "state", state), named(ReportType.class, "type", type),
				from(from));
	}

	@GetMapping("/api/reports/{id}")
	@Operation(summary = "One field report; the read is recorded in the audit trail")
	FieldReportView read(@PathVariable UUID id) {
		return reports.read(id);
	}

	@PostMapping("/api/reports/{id}/validate")
	@Operation(summary = "Validate a received report (the operation's OCU): it counts in the figures from now on")
	FieldReportView validate(@PathVariable UUID id) {
		// No body to read first: the validation itself refuses (403) whoever may not validate, before changing anything.
		return reports.validate(id);
	}

	@PostMapping("/api/reports/{id}/query")
	@Operation(summary = "Ask the reporter a question about a received report (the operation's OCU)")
	FieldReportView query(@PathVariable UUID id, @RequestBody(required = false) @Nullable Text question) {
		reports.requireValidate(id);
		return reports.query(id, question == null ? null : question.text());
	}

	@PostMapping("/api/reports/{id}/reject")
	@Operation(summary = "Reject a report, saying why (the operation's OCU)")
	FieldReportView reject(@PathVariable UUID id, @RequestBody(required = false) @Nullable Text reason) {
		reports.requireValidate(id);
		return reports.reject(id, reason == null ? null : reason.text());
	}

	@PostMapping("/api/reports/{id}/answer")
	@Operation(summary = "Answer the OCU's question on a report (the reporting administration)")
	FieldReportView answer(@PathVariable UUID id, @RequestBody(required = false) @Nullable Text answer) {
		return reports.answer(id, answer == null ? null : answer.text());
	}

	@GetMapping("/api/operations/{id}/report-matches")
	@Operation(summary = "Containers, plates, vessels, flights and companies in more than one report (the OCU)")
	List<FieldReports.Match> matches(@PathVariable OperationId id) {
		return reports.matches(id);
	}

	@GetMapping("/api/operations/{id}/not-reported")
	@Operation(summary = "Participating administrations and locations that sent nothing on a day (the OCU and the "
			+ "leader); day: today by default")
	FieldReports.Silent silent(@PathVariable OperationId id, @RequestParam(required = false) @Nullable String day) {
		return reports.silentOn(id, day == null || day.isBlank() ? LocalDate.now(java.time.ZoneOffset.UTC) : day(day));
	}

	@PostMapping(path = "/api/reports/{id}/photos", consumes = "multipart/form-data")
	@Operation(summary = "Attach a photo to a seizure (reporting administration): JPEG or PNG, at most 5 MB",
			description = "The type is checked by content; the photo is stored re-encoded, without its camera "
					+ "metadata (location, device).")
	ResponseEntity<Photos.PhotoInfo> attach(@PathVariable UUID id, @RequestParam("file") MultipartFile file)
			throws java.io.IOException {
		photos.requireAttach(id);
		var info = photos.attach(id, file.getBytes());
		return ResponseEntity.created(URI.create("/api/photos/" + info.id())).body(info);
	}

	@GetMapping("/api/reports/{id}/photos")
	@Operation(summary = "The photos of a report you may read")
	List<Photos.PhotoInfo> photos(@PathVariable UUID id) {
		return photos.of(id);
	}

	@GetMapping("/api/photos/{id}")
	@Operation(summary = "One photo of a report you may read")
	ResponseEntity<byte[]> photo(@PathVariable UUID id) {
		var photo = photos.photo(id);
		return ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.parseMediaType(photo.contentType()))
			.header("Cache-Control", "private, max-age=300")
			.header("X-Content-Type-Options", "nosniff")
			.body(photo.data());
	}

	@ExceptionHandler(FieldReports.BatchTooLarge.class)
	ProblemDetail tooLarge(FieldReports.BatchTooLarge e) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
		problem.setTitle("Batch too large");
		return problem;
	}

	private static String reason(@Nullable PhaseStep step, String otherwise) {
		var reason = step == null || step.reason() == null || step.reason().isBlank() ? otherwise : step.reason().strip();
		new InvalidInput.Collector().text("reason", reason, 2000).throwIfAny();
		return reason;
	}

	private static <E extends Enum<E>> @Nullable E named(Class<E> type, String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equalsIgnoreCase(value.strip()))
			.findFirst()
			.orElseThrow(() -> InvalidInput.of(field, "unknown " + field + " " + value.strip() + ": "
					+ String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
	}

	private static @Nullable Instant from(@Nullable String from) {
		if (from == null || from.isBlank()) {
			return null;
		}
		try {
			return from.length() <= 10 ? LocalDate.parse(from).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()
					: Instant.parse(from);
		}
		catch (DateTimeParseException e) {
			throw InvalidInput.of("from", "give a day (2026-03-05) or a moment (2026-03-05T14:30:00Z)");
		}
	}

	private static LocalDate day(String day) {
		try {
			return LocalDate.parse(day.strip());
		}
		catch (DateTimeParseException e) {
			throw InvalidInput.of("day", "give a day such as 2026-03-05");
		}
	}

}
