package eu.jcohub.operations.web;

import eu.jcohub.operations.OperationFilter;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationRequest;
import eu.jcohub.shared.OperationId;
import eu.jcohub.shared.VersionRequired;
import eu.jcohub.operations.OperationType;
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
		return OperationResource.of(register.find(new OperationId(id)));
	}

	@PutMapping("/api/operations/{id}")
	@Operation(summary = "Revise an operation's plan; 'version' must be the version you read (a stale one is refused"
			+ " with 409, a missing one with 428)", description = "Who may not change the operation is refused (403) "
					+ "before the body is looked at.")
	OperationResource update(@PathVariable UUID id, @RequestBody OperationRequest request) {
		var operation = new OperationId(id);
		register.requireChange(operation);
		if (request.version() == null) {
			throw new VersionRequired();
		}
		return OperationResource.of(register.revise(operation, request.toPlan(), request.version()));
	}

}
