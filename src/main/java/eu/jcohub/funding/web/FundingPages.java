package eu.jcohub.funding.web;

import eu.jcohub.funding.EligibilityReport;
import eu.jcohub.funding.Funding;
import eu.jcohub.funding.LeadTimeStats;
import eu.jcohub.funding.Programme;
import eu.jcohub.funding.Scenario;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.shared.OperationId;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The funding pages: an operation's funding (which programme pays what and why, beside the 100 % mechanism on
 * request; its budget and applications; when to apply) and the programmes' lead times.
 */
@Controller
class FundingPages {

	private final Funding funding;
	private final OperationRegister register;

	FundingPages(Funding funding, OperationRegister register) {
		this.funding = funding;
		this.register = register;
	}

	@GetMapping("/operations/{id}/funding")
	String operation(@PathVariable UUID id, @RequestParam(required = false) @Nullable String scenario, Model model) {
		var operationId = new OperationId(id);
		var inForce = funding.eligibility(operationId, Scenario.RULES_IN_FORCE);
		boolean compare = "FULL_COVERAGE".equals(scenario);
		model.addAttribute("operation", register.find(operationId));
		model.addAttribute("inForce", inForce);
		model.addAttribute("full", compare ? funding.eligibility(operationId, Scenario.FULL_COVERAGE) : null);
		model.addAttribute("compare", compare);
		model.addAttribute("budget", funding.budget(operationId));
		model.addAttribute("applications", funding.applications(operationId));
		model.addAttribute("advice", funding.advice(operationId));
		model.addAttribute("programmeNames", funding.programmes().stream()
			.collect(Collectors.toMap(Programme::code, Programme::name)));
		return "funding/operation";
	}

	@GetMapping("/funding/lead-times")
	String leadTimes(Model model) {
		List<LeadTimeStats> stats = funding.leadTimes();
		model.addAttribute("stats", stats);
		model.addAttribute("chart", LeadTimeChart.of(stats));
		return "funding/lead-times";
	}

	/** The difference the 100 % mechanism makes for one programme. */
	static java.math.BigDecimal difference(EligibilityReport full, EligibilityReport inForce, String code) {
		return full.programme(code).covered().subtract(inForce.programme(code).covered());
	}
}
