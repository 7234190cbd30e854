package eu.jcohub.funding.web;

import eu.jcohub.funding.ApplicationDraft;
import eu.jcohub.funding.ApplicationStatus;
import eu.jcohub.funding.Funding;
import eu.jcohub.funding.LeadTimeStats;
import eu.jcohub.funding.Programme;
import eu.jcohub.funding.Scenario;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.shared.InvalidInput;
import eu.jcohub.shared.OperationId;
import eu.jcohub.shared.web.FormErrorMessages;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The funding pages: an operation's funding (which programme pays what and why, beside the 100 % mechanism on
 * request; its budget and applications; when to apply) and the programmes' lead times.
 */
@Controller
class FundingPages {

	private final Funding funding;
	private final OperationRegister register;
	private final FormErrorMessages errorMessages;
	private final MessageSource messages;

	FundingPages(Funding funding, OperationRegister register, FormErrorMessages errorMessages, MessageSource messages) {
		this.funding = funding;
		this.register = register;
		this.errorMessages = errorMessages;
		this.messages = messages;
	}

	@GetMapping("/operations/{id}/funding")
	String operation(@PathVariable UUID id, @RequestParam(required = false) @Nullable String scenario, Model model) {
		model.addAttribute("errors", Map.of());
		model.addAttribute("form", ApplicationForm.empty());
		return page(id, scenario, model);
	}

	@PostMapping("/operations/{id}/funding/self-funding")
	String selfFunding(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean selfFunded,
			@RequestParam(required = false) @Nullable String note, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			funding.decideSelfFunding(new OperationId(id), selfFunded, note);
			redirect.addFlashAttribute("notice", messages.getMessage("funding.selfFunding.saved", null, locale));
			return "redirect:/operations/" + id + "/funding";
		}
		catch (InvalidInput invalid) {
			response.setStatus(422);
			model.addAttribute("errors", errorMessages.of(invalid, locale));
			model.addAttribute("form", ApplicationForm.empty());
			return page(id, null, model);
		}
	}

	@PostMapping("/operations/{id}/funding/applications")
	String apply(@PathVariable UUID id, ApplicationForm form, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			funding.apply(new OperationId(id), form.draft());
			redirect.addFlashAttribute("notice", messages.getMessage("funding.application.saved", null, locale));
			return "redirect:/operations/" + id + "/funding";
		}
		catch (InvalidInput invalid) {
			response.setStatus(422);
			model.addAttribute("errors", errorMessages.of(invalid, locale));
			model.addAttribute("form", form);
			return page(id, null, model);
		}
	}

	private String page(UUID id, @Nullable String scenario, Model model) {
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
		model.addAttribute("programmes", funding.programmes());
		model.addAttribute("programmeNames", funding.programmes().stream()
			.collect(Collectors.toMap(Programme::code, Programme::name)));
		model.addAttribute("statuses", ApplicationStatus.values());
		return "funding/operation";
	}

	@GetMapping("/funding/lead-times")
	String leadTimes(Model model) {
		List<LeadTimeStats> stats = funding.leadTimes();
		model.addAttribute("stats", stats);
		model.addAttribute("chart", LeadTimeChart.of(stats));
		return "funding/lead-times";
	}

	/** The application form's fields as typed. */
	record ApplicationForm(@Nullable String programme, @Nullable String requested, @Nullable String submittedOn,
			@Nullable String status, @Nullable String decidedOn, @Nullable String granted, @Nullable String documents) {

		static ApplicationForm empty() {
			return new ApplicationForm(null, null, null, null, null, null, null);
		}

		ApplicationDraft draft() {
			return new ApplicationDraft(programme, requested, submittedOn == null ? "" : submittedOn,
					decidedOn == null ? "" : decidedOn, granted == null ? "" : granted, status, documents);
		}
	}
}
