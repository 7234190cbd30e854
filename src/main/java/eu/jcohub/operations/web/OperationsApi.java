package eu.jcohub.operations.web;

import eu.jcohub.operations.Conflict;
import eu.jcohub.operations.OperationFilter;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationType;
import eu.jcohub.operations.Resolution;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Operations", description = "The coordination calendar: every operation of every organiser")
class OperationsApi {

	private static final String DEFAULT_LIMIT = "" + OperationRegister.DEFAULT_CONFLICT_LIMIT;
	private final OperationRegister register;

	OperationsApi(OperationRegister register) {
		this.register = register;
	}

	@PostMapping("/api/operations")
	@Operation(summary = "Table a new operation; its conflicts are recorded and both owners notified")
	ResponseEntity<OperationResource> create(@RequestBody OperationRequest request) {
		var view = register.table(request.toPlan());
		return ResponseEntity.created(URI.create("/api/operations/" + view.id())).body(OperationResource.of(view));
	}

	@GetMapping("/api/operations")
	@Operation(summary = "List operations: any phase between from and to, and each other filter if given")
	List<OperationResource> list(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam @Nullable String organiser, @RequestParam @Nullable String country,
			@RequestParam @Nullable String riskArea, @RequestParam @Nullable String transportMode,
			@RequestParam @Nullable OperationType type, @RequestParam @Nullable String q) {
		if (from != null && to != null && to.isBefore(from)) {
			throw new IllegalArgumentException("'to' (" + to + ") is before 'from' (" + from + ")");
		}
		var filter = new OperationFilter(from, to, organiser, country, riskArea, transportMode, type, q);
		return register.list(filter).stream().map(OperationResource::of).toList();
	}

	@GetMapping("/api/operations/{id}")
	@Operation(summary = "One operation; details only for those who may see them")
	OperationResource get(@PathVariable UUID id) {
		return OperationResource.of(register.find(id));
	}

	@PutMapping("/api/operations/{id}")
	@Operation(summary = "Revise an operation's plan; send 'version' to guard against lost updates")
	OperationResource update(@PathVariable UUID id, @RequestBody OperationRequest request) {
		return OperationResource.of(register.revise(id, request.toPlan(), request.version()));
	}

	@GetMapping("/api/operations/{id}/conflicts")
	@Operation(summary = "The operations this one conflicts with, highest score first (at most 'limit', default 100),"
			+ " with reasons and resolutions")
	List<Conflict> conflicts(@PathVariable UUID id, @RequestParam(defaultValue = DEFAULT_LIMIT) int limit) {
		return register.conflictsOf(id, checkedLimit(limit));
	}

	@PostMapping("/api/operations/{id}/conflicts/{other}/resolution")
	@Operation(summary = "Record how the owners dealt with a conflict")
	ResponseEntity<Void> resolve(@PathVariable UUID id, @PathVariable UUID other,
			@RequestBody ResolutionRequest request) {
		if (request.kind() == null) {
			throw eu.jcohub.shared.InvalidInput.of("kind", "required: DATES_MOVED, MERGED, RUN_JOINTLY or ACCEPTED_AS_IS");
		}
		register.resolve(id, other, request.kind(), request.note() == null ? "" : request.note());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/deconfliction/check")
	@Operation(summary = "The conflicts a draft operation would create, highest score first (at most 'limit', "
			+ "default 100); nothing is saved")
	List<Conflict> check(@RequestBody OperationRequest draft, @RequestParam(defaultValue = DEFAULT_LIMIT) int limit) {
		return register.check(draft.toPlan(), null, checkedLimit(limit));
	}

	private static int checkedLimit(int limit) {
		if (limit < 1 || limit > 1000) {
			throw new IllegalArgumentException("limit must be between 1 and 1000");
		}
		return limit;
	}

	record ResolutionRequest(Resolution.@Nullable Kind kind, @Nullable String note) {
	}
}
