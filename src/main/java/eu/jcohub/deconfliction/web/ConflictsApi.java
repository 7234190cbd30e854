package eu.jcohub.deconfliction.web;

import eu.jcohub.deconfliction.Conflict;
import eu.jcohub.deconfliction.ConflictChecks;
import eu.jcohub.deconfliction.Resolution;
import eu.jcohub.operations.OperationRequest;
import eu.jcohub.shared.OperationId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
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
	private static final String WITHHELD = "Conflicts with operations whose details you may see come first, highest "
			+ "score first. Those with operations you may not see in detail follow with 'detailsWithheld': no score, a "
			+ "level (POSSIBLE or LIKELY) judged from the calendar entries alone, the dates in common as the only "
			+ "reason beside WITHHELD, and the contact point to call.";
	private final ConflictChecks checks;
	private final MessageSource messages;

	ConflictsApi(ConflictChecks checks, MessageSource messages) {
		this.checks = checks;
		this.messages = messages;
	}

	@GetMapping("/api/operations/{id}/conflicts")
	@Operation(summary = "The operations this one conflicts with (at most 'limit', default 100), with reasons and "
			+ "resolutions", description = WITHHELD)
	List<ConflictResource> conflicts(@PathVariable UUID id, @RequestParam(defaultValue = DEFAULT_LIMIT) int limit,
			Locale locale) {
		return resources(checks.conflictsOf(new OperationId(id), checkedLimit(limit)), locale);
	}

	@PostMapping("/api/operations/{id}/conflicts/{other}/resolution")
	@Operation(summary = "Record how the owners dealt with a conflict")
	ResponseEntity<Void> resolve(@PathVariable UUID id, @PathVariable UUID other,
			@RequestBody ResolutionRequest request) {
		checks.resolve(new OperationId(id), new OperationId(other), request.kind(), request.note());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/deconfliction/check")
	@Operation(summary = "The conflicts a draft operation would create (at most 'limit', default 100); nothing is "
			+ "saved", description = WITHHELD + " Each check is audited and counts against a limit per user (429 with "
					+ "Retry-After beyond it); the owners of an operation met without its details are told which "
					+ "organisation checked.")
	List<ConflictResource> check(@RequestBody OperationRequest draft,
			@RequestParam(defaultValue = DEFAULT_LIMIT) int limit, Locale locale) {
		return resources(checks.check(draft.toPlan(), null, checkedLimit(limit)), locale);
	}

	private List<ConflictResource> resources(List<Conflict> conflicts, Locale locale) {
		return conflicts.stream().map(conflict -> ConflictResource.of(conflict, messages, locale)).toList();
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
