package eu.jcohub.deconfliction.web;

import eu.jcohub.deconfliction.Conflict;
import eu.jcohub.deconfliction.ConflictChecks;
import eu.jcohub.deconfliction.Resolution;
import eu.jcohub.operations.OperationRequest;
import eu.jcohub.shared.OperationId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Deconfliction", description = "Conflicts between operations: checked, scored, explained and resolved")
class ConflictsApi {

	private static final String DEFAULT_LIMIT = "" + ConflictChecks.DEFAULT_LIMIT;
	private final ConflictChecks checks;

	ConflictsApi(ConflictChecks checks) {
		this.checks = checks;
	}

	@GetMapping("/api/operations/{id}/conflicts")
	@Operation(summary = "The operations this one conflicts with, highest score first (at most 'limit', default 100),"
			+ " with reasons and resolutions")
	List<Conflict> conflicts(@PathVariable UUID id, @RequestParam(defaultValue = DEFAULT_LIMIT) int limit) {
		return checks.conflictsOf(new OperationId(id), checkedLimit(limit));
	}

	@PostMapping("/api/operations/{id}/conflicts/{other}/resolution")
	@Operation(summary = "Record how the owners dealt with a conflict")
	ResponseEntity<Void> resolve(@PathVariable UUID id, @PathVariable UUID other,
			@RequestBody ResolutionRequest request) {
		checks.resolve(new OperationId(id), new OperationId(other), request.kind(), request.note());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/deconfliction/check")
	@Operation(summary = "The conflicts a draft operation would create, highest score first (at most 'limit', "
			+ "default 100); nothing is saved")
	List<Conflict> check(@RequestBody OperationRequest draft, @RequestParam(defaultValue = DEFAULT_LIMIT) int limit) {
		return checks.check(draft.toPlan(), null, checkedLimit(limit));
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
