package eu.jcohub.planning.web;

import eu.jcohub.access.AccessPolicy;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationStatus;
import eu.jcohub.planning.BusinessCase;
import eu.jcohub.planning.BusinessCaseDraft;
import eu.jcohub.planning.BusinessCases;
import eu.jcohub.planning.Objectives;
import eu.jcohub.planning.PlanningRules;
import eu.jcohub.reference.Country;
import eu.jcohub.reference.ReferenceData;
import eu.jcohub.shared.InvalidInput;
import eu.jcohub.shared.OperationId;
import eu.jcohub.shared.web.FormErrorMessages;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
 * The business case: a form while the operation is a proposal, otherwise read-only; for the secretariat, while it
 * is submitted, the review (approve, or return with comments), which are lifecycle steps.
 */
@Controller
class BusinessCasePages {

	private final BusinessCases businessCases;
	private final Objectives objectives;
	private final OperationRegister register;
	private final ReferenceData reference;
	private final AccessPolicy access;
	private final FormErrorMessages errorMessages;
	private final MessageSource messages;
	private final Names names;

	BusinessCasePages(BusinessCases businessCases, Objectives objectives, OperationRegister register,
			ReferenceData reference, AccessPolicy access, FormErrorMessages errorMessages, MessageSource messages,
			Names names) {
		this.businessCases = businessCases;
		this.objectives = objectives;
		this.register = register;
		this.reference = reference;
		this.access = access;
		this.errorMessages = errorMessages;
		this.messages = messages;
		this.names = names;
	}

	@GetMapping("/operations/{id}/business-case")
	String show(@PathVariable UUID id, Model model) {
		var business = businessCases.current(new OperationId(id));
		return page(id, business, BusinessCaseForm.of(business), Map.of(), model);
	}

	@PostMapping("/operations/{id}/business-case")
	String save(@PathVariable UUID id, @RequestParam @Nullable String threatBasis,
			@RequestParam @Nullable String threatAssessment, @RequestParam @Nullable String objectives,
			@RequestParam(defaultValue = "") Set<String> expectedParticipants,
			@RequestParam(defaultValue = "") Set<String> riskAreas,
			@RequestParam(defaultValue = "") Set<String> transportModes, @RequestParam @Nullable String budgetEstimateEur,
			@RequestParam @Nullable String plannedStart, @RequestParam @Nullable String plannedEnd, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		var form = new BusinessCaseForm(threatBasis, threatAssessment, objectives, clean(expectedParticipants),
				clean(riskAreas), clean(transportModes), budgetEstimateEur, plannedStart, plannedEnd);
		var operation = new OperationId(id);
		try {
			businessCases.save(operation, form.draft());
			redirect.addFlashAttribute("notice", messages.getMessage("businessCase.saved", null, locale));
			return "redirect:/operations/" + id + "/business-case";
		}
		catch (InvalidInput invalid) {
			response.setStatus(422);
			return page(id, businessCases.current(operation), form, errorMessages.of(invalid, locale), model);
		}
	}

	private String page(UUID id, BusinessCase business, BusinessCaseForm form, Map<String, String> errors,
			Model model) {
		var operation = register.find(new OperationId(id));
		boolean editable = operation.changeable() && operation.status() == OperationStatus.PROPOSAL
				&& business.editable();
		model.addAttribute("operation", operation);
		model.addAttribute("business", business);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("editable", editable);
		model.addAttribute("reviewing", operation.status() == OperationStatus.BUSINESS_CASE
				&& access.visibility().allows(PlanningRules.APPROVE));
		model.addAttribute("objectives", objectives.of(operation.id()));
		model.addAttribute("countries", reference.countries().stream()
			.filter(country -> country.kind() == Country.Kind.EU_MEMBER)
			.sorted(Comparator.comparing(Country::name)).toList());
		model.addAttribute("riskAreas", reference.riskAreas().stream().sorted(Comparator.comparing(c -> c.name())).toList());
		model.addAttribute("transportModes", reference.transportModes().stream()
			.sorted(Comparator.comparing(c -> c.name())).toList());
		model.addAttribute("planningNames", names);
		return "planning/business-case";
	}

	private static Set<String> clean(Set<String> codes) {
		return codes.stream().filter(code -> !code.isBlank()).collect(java.util.stream.Collectors.toSet());
	}

	/** The form's fields as typed. */
	record BusinessCaseForm(@Nullable String threatBasis, @Nullable String threatAssessment,
			@Nullable String objectives, Set<String> expectedParticipants, Set<String> riskAreas,
			Set<String> transportModes, @Nullable String budgetEstimateEur, @Nullable String plannedStart,
			@Nullable String plannedEnd) {

		static BusinessCaseForm of(BusinessCase business) {
			return new BusinessCaseForm(business.threatBasis(), business.threatAssessment(), business.objectives(),
					business.expectedParticipants(), business.riskAreas(), business.transportModes(),
					business.budgetEstimateEur() == null ? null : business.budgetEstimateEur().toPlainString(),
					business.plannedStart() == null ? null : business.plannedStart().toString(),
					business.plannedEnd() == null ? null : business.plannedEnd().toString());
		}

		BusinessCaseDraft draft() {
			return new BusinessCaseDraft(threatBasis, threatAssessment, objectives, expectedParticipants, riskAreas,
					transportModes, budgetEstimateEur, plannedStart, plannedEnd);
		}
	}

}
