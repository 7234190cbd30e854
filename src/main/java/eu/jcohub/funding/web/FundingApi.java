package eu.jcohub.funding.web;

import eu.jcohub.funding.ApplicationDraft;
import eu.jcohub.funding.Budget;
import eu.jcohub.funding.BudgetDraft;
import eu.jcohub.funding.EligibilityReport;
import eu.jcohub.funding.Funding;
import eu.jcohub.funding.FundingApplication;
import eu.jcohub.funding.LeadTimeAdvice;
import eu.jcohub.funding.LeadTimeStats;
import eu.jcohub.funding.Programme;
import eu.jcohub.funding.Scenario;
import eu.jcohub.shared.InvalidInput;
import eu.jcohub.shared.OperationId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Funding", description = "Funding programmes, eligibility, budgets, applications and lead times")
class FundingApi {

	private final Funding funding;
	private final MessageSource messages;

	FundingApi(Funding funding, MessageSource messages) {
		this.funding = funding;
		this.messages = messages;
	}

	@GetMapping("/api/funding/programmes")
	@Operation(summary = "The programme catalogue with each programme's rules and validity")
	List<Programme> programmes() {
		return funding.programmes();
	}

	@GetMapping("/api/operations/{id}/funding/eligibility")
	@Operation(summary = "Every programme judged for the operation with its reasons; scenario FULL_COVERAGE for the 100 % mechanism")
	EligibilityReport eligibility(@PathVariable UUID id, @RequestParam(required = false) @Nullable String scenario) {
		return funding.eligibility(new OperationId(id), scenario(scenario));
	}

	@GetMapping("/api/operations/{id}/budget")
	@Operation(summary = "The operation's budget with totals by category and by payer")
	BudgetResponse budget(@PathVariable UUID id) {
		return BudgetResponse.of(funding.budget(new OperationId(id)));
	}

	@PutMapping("/api/operations/{id}/budget")
	@Operation(summary = "Replace the operation's budget: lines by category and payer in euro and cents, and self-funding")
	BudgetResponse replaceBudget(@PathVariable UUID id, @RequestBody BudgetDraft draft) {
		return BudgetResponse.of(funding.replaceBudget(new OperationId(id), draft));
	}

	@GetMapping("/api/operations/{id}/funding/applications")
	@Operation(summary = "The operation's applications to programmes")
	List<FundingApplication> applications(@PathVariable UUID id) {
		return funding.applications(new OperationId(id));
	}

	@PostMapping("/api/operations/{id}/funding/applications")
	@Operation(summary = "Record an application to a programme in force on the operation's days")
	ResponseEntity<FundingApplication> apply(@PathVariable UUID id, @RequestBody ApplicationDraft draft) {
		return ResponseEntity.status(201).body(funding.apply(new OperationId(id), draft));
	}

	@PatchMapping("/api/funding/applications/{id}")
	@Operation(summary = "Change an application: its submission, the decision and the amount granted")
	FundingApplication change(@PathVariable UUID id, @RequestBody ApplicationDraft draft) {
		return funding.change(id, draft);
	}

	@GetMapping("/api/funding/lead-times")
	@Operation(summary = "Each programme's lead time: typical, and the median and 80th percentile of past grants")
	List<LeadTimeStats> leadTimes() {
		return funding.leadTimes();
	}

	@GetMapping("/api/operations/{id}/funding/lead-times")
	@Operation(summary = "When the operation must apply to each programme that would pay, with warnings when late")
	List<LeadTimeAdvice> advice(@PathVariable UUID id) {
		return funding.advice(new OperationId(id));
	}

	private Scenario scenario(@Nullable String scenario) {
		if (scenario == null || scenario.isBlank() || scenario.equals("RULES_IN_FORCE")) {
			return Scenario.RULES_IN_FORCE;
		}
		if (scenario.equals("FULL_COVERAGE")) {
			return Scenario.FULL_COVERAGE;
		}
		throw InvalidInput.of("scenario", messages.getMessage("funding.scenario.unknown", null,
				LocaleContextHolder.getLocale()));
	}

	/** A budget with its totals, for the API. */
	record BudgetResponse(List<eu.jcohub.funding.BudgetLine> lines, BigDecimal total,
			Map<eu.jcohub.funding.CostCategory, BigDecimal> byCategory, Map<String, BigDecimal> byPayer,
			boolean selfFunded, @Nullable String selfFundingNote) {

		static BudgetResponse of(Budget budget) {
			return new BudgetResponse(budget.lines(), budget.total(), budget.byCategory(), budget.byPayer(),
					budget.selfFunded(), budget.selfFundingNote());
		}
	}
}
