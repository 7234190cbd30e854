package eu.jcohub.planning.web;

import eu.jcohub.planning.BusinessCase;
import eu.jcohub.planning.BusinessCaseDraft;
import eu.jcohub.planning.BusinessCases;
import eu.jcohub.planning.Objective;
import eu.jcohub.planning.ObjectiveDraft;
import eu.jcohub.planning.Objectives;
import eu.jcohub.planning.Reuse;
import eu.jcohub.shared.OperationId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Planning", description = "Business cases, measurable objectives, and new operations made from past ones")
class PlanningApi {

	private final Objectives objectives;
	private final BusinessCases businessCases;
	private final Reuse reuse;

	PlanningApi(Objectives objectives, BusinessCases businessCases, Reuse reuse) {
		this.objectives = objectives;
		this.businessCases = businessCases;
		this.reuse = reuse;
	}

	@GetMapping("/api/operations/{id}/objectives")
	@Operation(summary = "The operation's measurable objectives, in order")
	ObjectivesResource objectives(@PathVariable UUID id) {
		return new ObjectivesResource(objectives.of(new OperationId(id)));
	}

	@PutMapping("/api/operations/{id}/objectives")
	@Operation(summary = "Replace the measurable objectives, each with a metric and a target or assessed manually")
	ObjectivesResource replaceObjectives(@PathVariable UUID id, @RequestBody ObjectivesRequest request) {
		var rows = request.objectives() == null ? List.<ObjectiveRequest>of() : request.objectives();
		return new ObjectivesResource(objectives.replace(new OperationId(id),
				rows.stream().map(row -> row == null ? new ObjectiveRequest(null, null, null, null, null) : row)
					.map(ObjectiveRequest::draft).toList()));
	}

	@GetMapping("/api/operations/{id}/business-case")
	@Operation(summary = "The operation's business case as written, or a new one filled in from its plan")
	BusinessCase businessCase(@PathVariable UUID id) {
		return businessCases.current(new OperationId(id));
	}

	@PutMapping("/api/operations/{id}/business-case")
	@Operation(summary = "Save the business case while the operation is a proposal (submit it with the transition to"
			+ " BUSINESS_CASE)")
	BusinessCase saveBusinessCase(@PathVariable UUID id, @RequestBody BusinessCaseRequest request) {
		return businessCases.save(new OperationId(id), request.draft());
	}

	@PostMapping("/api/operations/{id}/clone")
	@Operation(summary = "Use as template: a new proposal with this plan, checklist (re-dated) and objectives")
	ResponseEntity<CloneResponse> cloneOf(@PathVariable UUID id, @RequestBody CloneRequest request) {
		var created = reuse.cloneOf(new OperationId(id), request.name(), request.firstDay());
		return ResponseEntity.created(URI.create("/api/operations/" + created.id()))
			.body(new CloneResponse(created.id().value(), created.plan().name(), created.status().name(),
					created.plan().firstPhase().start(), "/operations/" + created.id()));
	}

	/** The objectives, as the API reads and writes them. */
	record ObjectivesResource(List<Objective> objectives) {
	}

	record ObjectivesRequest(@Nullable List<ObjectiveRequest> objectives) {
	}

	record ObjectiveRequest(@Nullable String description, @Nullable String metric, @Nullable String riskArea,
			@Nullable String unit, @Nullable BigDecimal target) {

		ObjectiveDraft draft() {
			return new ObjectiveDraft(description, metric, riskArea, unit, target == null ? null : target.toPlainString());
		}
	}

	record BusinessCaseRequest(@Nullable String threatBasis, @Nullable String threatAssessment,
			@Nullable String objectives, @Nullable Set<String> expectedParticipants, @Nullable Set<String> riskAreas,
			@Nullable Set<String> transportModes, @Nullable BigDecimal budgetEstimateEur, @Nullable LocalDate plannedStart,
			@Nullable LocalDate plannedEnd) {

		BusinessCaseDraft draft() {
			return new BusinessCaseDraft(threatBasis, threatAssessment, objectives, expectedParticipants, riskAreas,
					transportModes, budgetEstimateEur == null ? null : budgetEstimateEur.toPlainString(),
					plannedStart == null ? null : plannedStart.toString(), plannedEnd == null ? null : plannedEnd.toString());
		}
	}

	/** The first day as text, so that an unreadable one is named among the fields. */
	record CloneRequest(@Nullable String name, @Nullable String firstDay) {
	}

	record CloneResponse(UUID id, String name, String status, LocalDate firstDay, String page) {
	}
}
