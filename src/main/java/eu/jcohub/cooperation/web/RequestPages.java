package eu.jcohub.cooperation.web;

import eu.jcohub.access.AccessPolicy;
import eu.jcohub.cooperation.Article;
import eu.jcohub.cooperation.Cooperation;
import eu.jcohub.cooperation.CooperationRules;
import eu.jcohub.cooperation.Guidance;
import eu.jcohub.cooperation.RequestChange;
import eu.jcohub.cooperation.RequestDraft;
import eu.jcohub.cooperation.RequestStatus;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.shared.DomainRuleViolation;
import eu.jcohub.shared.Forbidden;
import eu.jcohub.shared.InvalidInput;
import eu.jcohub.shared.OperationId;
import eu.jcohub.shared.web.FormErrorMessages;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Requests for special forms in the browser: filing one on an operation (from a seizure report, with the guidance for
 * the two states beside the form), and one request with the step to its next status.
 */
@Controller
class RequestPages {

	private static final int UNPROCESSABLE = 422;
	private final Cooperation cooperation;
	private final OperationRegister operations;
	private final AccessPolicy access;
	private final FormErrorMessages errorMessages;

	RequestPages(Cooperation cooperation, OperationRegister operations, AccessPolicy access,
			FormErrorMessages errorMessages) {
		this.cooperation = cooperation;
		this.operations = operations;
		this.access = access;
		this.errorMessages = errorMessages;
	}

	/** The form as typed (or first offered). */
	record Form(String article, String requesting, String requested, List<String> involved, @Nullable String seizure,
			@Nullable String notes) {
	}

	@GetMapping("/operations/{id}/naples-requests/new")
	String newRequest(@PathVariable OperationId id, @RequestParam(required = false) @Nullable String article,
			@RequestParam(required = false) @Nullable String requesting,
			@RequestParam(required = false) @Nullable String requested,
			@RequestParam(required = false) @Nullable List<String> involved,
			@RequestParam(required = false) @Nullable String seizure,
			@RequestParam(required = false) @Nullable String notes, Model model) {
		if (!cooperation.mayFile(id)) {
			throw Forbidden.because(CooperationRules.FILE.refusalKey(), "You may not file requests on this operation.");
		}
		var own = access.currentUser().organisation();
		var form = new Form(article == null ? "22" : article,
				requesting == null || requesting.isBlank() ? own : requesting, requested == null ? "" : requested,
				involved == null ? List.of() : involved, seizure, notes);
		return form(id, form, Map.of(), model);
	}

	@PostMapping("/operations/{id}/naples-requests")
	String file(@PathVariable OperationId id, @RequestParam(required = false) @Nullable String article,
			@RequestParam(required = false) @Nullable String requesting,
			@RequestParam(required = false) @Nullable String requested,
			@RequestParam(required = false) @Nullable List<String> involved,
			@RequestParam(required = false) @Nullable String seizure,
			@RequestParam(required = false) @Nullable String notes, Model model, Locale locale,
			HttpServletResponse response) {
		cooperation.requireFile(id);
		var form = new Form(article == null ? "" : article, requesting == null ? "" : requesting,
				requested == null ? "" : requested, involved == null ? List.of() : involved, seizure, notes);
		try {
			var filed = cooperation.file(id, new RequestDraft(number(article), requesting, requested, form.involved(),
					seizure, null, notes));
			return "redirect:/naples-requests/" + filed.id();
		}
		catch (InvalidInput invalid) {
			response.setStatus(UNPROCESSABLE);
			return form(id, form, errorMessages.of(invalid, locale), model);
		}
	}

	private String form(OperationId id, Form form, Map<String, String> errors, Model model) {
		var operation = operations.find(id);
		model.addAttribute("operation", operation);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("articles", Article.values());
		model.addAttribute("administrations", cooperation.administrations());
		model.addAttribute("forOthers", cooperation.mayFileForOthers(id));
		model.addAttribute("partners", operation.plan().partnerOrganisations().stream().sorted().toList());
		model.addAttribute("guidance", guidance(form.article(), form.requesting(), form.requested()));
		return "cooperation/request-form";
	}

	@GetMapping("/naples-requests/{id}")
	String show(@PathVariable UUID id, Model model) {
		return page(id, Map.of(), null, model);
	}

	@PostMapping("/naples-requests/{id}")
	String change(@PathVariable UUID id, @RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String date, @RequestParam(required = false) @Nullable String outcome,
			@RequestParam(required = false) @Nullable String notes,
			@RequestParam(required = false) @Nullable Long version, Model model, Locale locale,
			HttpServletResponse response) {
		cooperation.requireChange(id);
		var typed = new RequestChange(null, null, outcome, notes);
		try {
			var change = new RequestChange(status(status), day(date), outcome, notes);
			cooperation.change(id, change, version);
			return "redirect:/naples-requests/" + id;
		}
		catch (InvalidInput invalid) {
			response.setStatus(UNPROCESSABLE);
			return page(id, errorMessages.of(invalid, locale), typed, model);
		}
		catch (DomainRuleViolation refused) {
			response.setStatus(409);
			return page(id, Map.of("status", refused.getMessage()), typed, model);
		}
	}

	private String page(UUID id, Map<String, String> errors, @Nullable RequestChange typed, Model model) {
		var request = cooperation.request(id);
		model.addAttribute("request", request);
		model.addAttribute("operation", operations.find(request.operationId()));
		model.addAttribute("guidance", cooperation.guidance(request.article(), cooperation.countryOf(request.requesting()),
				cooperation.countryOf(request.requested())));
		model.addAttribute("errors", errors);
		model.addAttribute("typed", typed == null ? new RequestChange(null, null, request.outcome(), request.notes()) : typed);
		return "cooperation/request";
	}

	/** The guidance for the form's choice, when it names two administrations of different states. */
	private @Nullable Guidance guidance(String article, String requesting, String requested) {
		try {
			return cooperation.guidance(Article.parse(article, "article"), cooperation.countryOf(requesting),
					cooperation.countryOf(requested));
		}
		catch (InvalidInput notYet) {
			return null;
		}
	}

	private static @Nullable Integer number(@Nullable String article) {
		try {
			return article == null || article.isBlank() ? null : Integer.valueOf(article.strip());
		}
		catch (NumberFormatException e) {
			return -1;
		}
	}

	private static @Nullable RequestStatus status(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return Arrays.stream(RequestStatus.values()).filter(s -> s.name().equals(text.strip())).findFirst()
			.orElseThrow(() -> InvalidInput.of("status", "one of the statuses offered"));
	}

	private static @Nullable LocalDate day(@Nullable String text) {
		try {
			return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw InvalidInput.of("date", "a date (day, month and year)");
		}
	}
}
