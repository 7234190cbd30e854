package eu.jcohub.followup.cases.web;

import eu.jcohub.followup.FollowupWords;
import eu.jcohub.followup.cases.CaseDraft;
import eu.jcohub.followup.cases.CaseKind;
import eu.jcohub.followup.cases.Cases;
import eu.jcohub.followup.cases.EventDraft;
import eu.jcohub.followup.cases.EventType;
import eu.jcohub.followup.cases.InvestigationCase;
import eu.jcohub.followup.web.FollowupNames;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.shared.DomainRuleViolation;
import eu.jcohub.shared.InvalidInput;
import eu.jcohub.shared.NotFound;
import eu.jcohub.shared.OperationId;
import eu.jcohub.shared.web.FormErrorMessages;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Investigation cases in the browser: the list of the cases the reader may read, one case with its timeline and
 * the form to add an event, and the form opening a case from a validated report. A refused form comes back with
 * the reason next to its field and what was typed; nothing is saved.
 */
@Controller
class CasePages {

	private static final int UNPROCESSABLE = 422;
	private static final int CONFLICT = 409;
	private final Cases cases;
	private final FollowupNames names;
	private final FollowupWords words;
	private final FormErrorMessages errorMessages;
	private final OperationRegister operations;

	CasePages(Cases cases, FollowupNames names, FollowupWords words, FormErrorMessages errorMessages,
			OperationRegister operations) {
		this.operations = operations;
		this.cases = cases;
		this.names = names;
		this.words = words;
		this.errorMessages = errorMessages;
	}

	@ModelAttribute("names")
	FollowupNames names() {
		return names;
	}

	@GetMapping("/cases")
	String list(@RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String operation,
			Model model) {
		var shown = status.equalsIgnoreCase("OPEN") || status.equalsIgnoreCase("CLOSED") ? status.toUpperCase(Locale.ROOT) : "";
		// An operation that is not one (an address cut short) lists every case, as no operation does.
		var of = operation(operation);
		model.addAttribute("cases", cases.list(of, null, shown));
		model.addAttribute("status", shown);
		model.addAttribute("operation", of == null ? "" : of.toString());
		model.addAttribute("operationName", of == null ? null : operations.circle(of).name());
		return "followup/cases/list";
	}

	@GetMapping("/cases/{id}")
	String one(@PathVariable UUID id, Model model) {
		return page(cases.find(id), EventForm.blank(cases.today().toString()), Map.of(), model);
	}

	@PostMapping("/cases/{id}/events")
	String record(@PathVariable UUID id, @ModelAttribute EventForm form, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		cases.requireWork(id);
		var errors = new LinkedHashMap<String, String>();
		var amount = form.amount(errors, words);
		var count = form.count(errors, words);
		var draft = new EventDraft(form.type(), form.on(), amount, form.convicted(), form.persons(), count, form.note());
		try {
			if (!errors.isEmpty()) {
				// The form's own faults, told together with the case's checks of the rest.
				errorMessages.of(new InvalidInput(cases.problemsOf(id, draft)), locale).forEach(errors::putIfAbsent);
				throw new InvalidInput(errors);
			}
			cases.record(id, draft);
			redirect.addFlashAttribute("recorded", true);
			return "redirect:/cases/" + id + "#timeline";
		}
		catch (InvalidInput invalid) {
			response.setStatus(UNPROCESSABLE);
			return page(cases.find(id), form, errorMessages.of(invalid, locale), model);
		}
		catch (DomainRuleViolation refused) {
			response.setStatus(CONFLICT);
			return page(cases.find(id), form, Map.of("type", refused.getMessage()), model);
		}
	}

	@GetMapping("/reports/{id}/cases/new")
	String newCase(@PathVariable UUID id, Model model) {
		cases.requireOpen(id);
		return openForm(id, new CaseForm("CRIMINAL", "", "", cases.today().toString(), ""), Map.of(), model);
	}

	@PostMapping("/reports/{id}/cases")
	String open(@PathVariable UUID id, @ModelAttribute CaseForm form, Model model, Locale locale,
			HttpServletResponse response) {
		cases.requireOpen(id);
		try {
			var opened = cases.open(id, new CaseDraft(form.kind(), form.owner(), form.investigatedBy(), form.openedOn(),
					form.note()));
			return "redirect:/cases/" + opened.id();
		}
		catch (InvalidInput invalid) {
			response.setStatus(UNPROCESSABLE);
			return openForm(id, form, errorMessages.of(invalid, locale), model);
		}
		catch (DomainRuleViolation refused) {
			response.setStatus(CONFLICT);
			return openForm(id, form, Map.of("kind", refused.getMessage()), model);
		}
	}

	private String openForm(UUID report, CaseForm form, Map<String, String> errors, Model model) {
		model.addAttribute("reportId", report);
		model.addAttribute("kinds", CaseKind.values());
		model.addAttribute("investigators", cases.investigatorsFor(report));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("today", cases.today());
		return "followup/cases/new";
	}

	private String page(InvestigationCase c, EventForm form, Map<String, String> errors, Model model) {
		model.addAttribute("c", c);
		model.addAttribute("mayWork", cases.mayWork(c));
		model.addAttribute("types", Arrays.stream(EventType.values()).filter(EventType::recordable).toList());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("today", cases.today());
		return "followup/cases/case";
	}

	/** The event form as typed: numbers stay text until they are checked. */
	record EventForm(@Nullable String type, @Nullable String on, @Nullable String amountEur,
			@Nullable Boolean convicted, @Nullable String persons, @Nullable String personsCount,
			@Nullable String note) {

		static EventForm blank(String today) {
			return new EventForm("", today, "", null, "", "", "");
		}

		@Nullable BigDecimal amount(Map<String, String> errors, FollowupWords words) {
			if (amountEur == null || amountEur.isBlank()) {
				return null;
			}
			try {
				return new BigDecimal(amountEur.strip());
			}
			catch (NumberFormatException e) {
				errors.put("amountEur", words.of("cases.error.amount"));
				return null;
			}
		}

		@Nullable Integer count(Map<String, String> errors, FollowupWords words) {
			if (personsCount == null || personsCount.isBlank()) {
				return null;
			}
			try {
				return Integer.valueOf(personsCount.strip());
			}
			catch (NumberFormatException e) {
				errors.put("personsCount", words.of("cases.error.personsCount"));
				return null;
			}
		}
	}

	/** The form opening a case, as typed. */
	record CaseForm(@Nullable String kind, @Nullable String owner, @Nullable String investigatedBy,
			@Nullable String openedOn, @Nullable String note) {
	}

	private @Nullable OperationId operation(String value) {
		try {
			var id = OperationId.of(UUID.fromString(value.strip()));
			operations.circle(id);
			return id;
		}
		catch (IllegalArgumentException | NotFound notOne) {
			return null;
		}
	}
}
