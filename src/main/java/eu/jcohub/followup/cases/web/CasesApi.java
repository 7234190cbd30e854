package eu.jcohub.followup.cases.web;

import eu.jcohub.followup.FollowupWords;
import eu.jcohub.followup.cases.CaseDraft;
import eu.jcohub.followup.cases.Cases;
import eu.jcohub.followup.cases.EventDraft;
import eu.jcohub.followup.cases.InvestigationCase;
import eu.jcohub.shared.InvalidInput;
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
@Tag(name = "Investigation cases", description = "Criminal and administrative cases started from infringements in validated field reports, and their timelines")
class CasesApi {

	private final Cases cases;
	private final FollowupWords words;

	CasesApi(Cases cases, FollowupWords words) {
		this.cases = cases;
		this.words = words;
	}

	@PostMapping("/api/reports/{id}/cases")
	@Operation(summary = "Open a case from a validated report's infringement",
			description = "kind CRIMINAL or ADMINISTRATIVE; owner: the code of the customs, police or prosecution organisation of the report's country that investigates; openedOn: ISO date, not before the report, not in the future. A report that is not validated, or found no infringement, is refused with 409")
	ResponseEntity<InvestigationCase> open(@PathVariable UUID id, @RequestBody CaseDraft draft) {
		return ResponseEntity.status(201).body(cases.open(id, draft));
	}

	@GetMapping("/api/cases")
	@Operation(summary = "The cases the caller may read, by operation (its id), investigating organisation (its code) and status (OPEN or CLOSED)")
	List<InvestigationCase> list(@RequestParam(required = false) @Nullable String operation,
			@RequestParam(required = false) @Nullable String owner,
			@RequestParam(required = false) @Nullable String status) {
		return cases.list(operationId(operation), owner, status(status));
	}

	@GetMapping("/api/cases/{id}")
	@Operation(summary = "One case with its timeline; the persons in it only for the investigating organisation")
	InvestigationCase one(@PathVariable UUID id) {
		return cases.find(id);
	}

	@PostMapping("/api/cases/{id}/events")
	@Operation(summary = "Record an event on an open case",
			description = "type SUSPECTS_CHARGED, ASSETS_SEIZED, COURT_DECISION, PENALTY_IMPOSED, DUTIES_RECOVERED or CLOSED; on: ISO date, not before the case opened; amountEur (≥ 0, at most two decimals) for assets, penalties and recovered duties; convicted for a court decision; personsCount (at least one for charges) and persons (names, personal data)")
	ResponseEntity<InvestigationCase> record(@PathVariable UUID id, @RequestBody EventDraft draft) {
		cases.requireWork(id);
		return ResponseEntity.status(201).body(cases.record(id, draft));
	}

	private @Nullable OperationId operationId(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return OperationId.of(UUID.fromString(text.strip()));
		}
		catch (IllegalArgumentException e) {
			throw InvalidInput.of("operation", words.of("cases.error.operation"));
		}
	}

	private @Nullable String status(@Nullable String text) {
		if (text != null && !text.isBlank() && !text.strip().equalsIgnoreCase("OPEN")
				&& !text.strip().equalsIgnoreCase("CLOSED")) {
			throw InvalidInput.of("status", words.of("cases.error.status"));
		}
		return text;
	}
}
