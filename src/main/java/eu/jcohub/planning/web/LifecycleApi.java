package eu.jcohub.planning.web;

import eu.jcohub.operations.OperationStatus;
import eu.jcohub.planning.HistoryEntry;
import eu.jcohub.planning.Lifecycle;
import eu.jcohub.planning.LifecycleView;
import eu.jcohub.shared.OperationId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Lifecycle", description = "An operation's lifecycle: the only way it moves, with who, when and why")
class LifecycleApi {

	private final Lifecycle lifecycle;

	LifecycleApi(Lifecycle lifecycle) {
		this.lifecycle = lifecycle;
	}

	@PostMapping("/api/operations/{id}/transitions")
	@Operation(summary = "Move an operation to its next status; 409 with the reasons when the lifecycle or a guard refuses")
	LifecycleView move(@PathVariable UUID id, @RequestBody TransitionRequest request) {
		var operation = new OperationId(id);
		lifecycle.requireMayPlan(operation);
		var to = status(request.to());
		lifecycle.move(operation, to, request.reason());
		return lifecycle.of(operation);
	}

	@GetMapping("/api/operations/{id}/history")
	@Operation(summary = "The operation's lifecycle steps, oldest first: from, to, why, who and when")
	List<HistoryEntry> history(@PathVariable UUID id) {
		return lifecycle.history(new OperationId(id));
	}

	@GetMapping("/api/operations/{id}/lifecycle")
	@Operation(summary = "Where the operation stands (status and phase), the steps open to you from there or why they"
			+ " are refused, and its history")
	LifecycleView lifecycle(@PathVariable UUID id) {
		return lifecycle.of(new OperationId(id));
	}

	private static OperationStatus status(@Nullable String to) {
		try {
			return OperationStatus.valueOf(String.valueOf(to).strip());
		}
		catch (IllegalArgumentException e) {
			throw eu.jcohub.shared.InvalidInput.of("to",
					"a step of the lifecycle: the steps open from here are listed by the operation's lifecycle");
		}
	}

	record TransitionRequest(@Nullable String to, @Nullable String reason) {
	}
}
