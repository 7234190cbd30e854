package eu.jcohub.operations.web;

import eu.jcohub.shared.web.FormErrorMessages;
import eu.jcohub.access.AccessPolicy;
import eu.jcohub.access.ProtectedRecord;
import eu.jcohub.operations.DraftAdvisor;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationRules;
import eu.jcohub.operations.StaleVersion;
import eu.jcohub.shared.OperationId;
import eu.jcohub.operations.OperationView;
import eu.jcohub.reference.Organisation;
import eu.jcohub.shared.DomainRuleViolation;
import eu.jcohub.shared.Forbidden;
import eu.jcohub.shared.InvalidInput;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
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

/**
 * Adding and editing an operation, with its conflicts shown before it is saved. A refused form comes back as
 * typed with a message next to each field; nothing is saved until every check passes.
 */
@Controller
class OperationFormPages {

	private static final int PRECONDITION_REQUIRED = 428;

	private final OperationRegister register;
	private final AccessPolicy access;
	private final FormOptions options;
	private final FormErrorMessages errorMessages;
	private final List<DraftAdvisor> advisors;

	OperationFormPages(OperationRegister register, AccessPolicy access, FormOptions options,
			FormErrorMessages errorMessages, List<DraftAdvisor> advisors) {
		this.register = register;
		this.access = access;
		this.options = options;
		this.errorMessages = errorMessages;
		this.advisors = List.copyOf(advisors);
	}

	/** Only for those who may table an operation: anyone else is told so before filling in anything. */
	@GetMapping("/operations/new")
	String initCreationForm(Model model) {
		var visibility = access.visibility();
		var organisation = visibility.user().organisation();
		visibility.require(OperationRules.TABLE, ProtectedRecord.ownedBy(organisation));
		return form(OperationForm.blank(organisation, options.countryOf(organisation)), Map.of(), model);
	}

	@PostMapping("/operations")
	String processCreationForm(@ModelAttribute OperationForm form, Model model, Locale locale,
			HttpServletResponse response) {
		try {
			var created = register.table(form.toPlan());
			return "redirect:/operations/" + created.id();
		}
		catch (InvalidInput invalid) {
			return refused(form, errorMessages.of(invalid, locale), model, response);
		}
	}

	@GetMapping("/operations/{id}/edit")
	String initUpdateForm(@PathVariable UUID id, Model model) {
		var operation = register.find(new OperationId(id));
		if (!operation.changeable()) {
			throw Forbidden.because(OperationRules.CHANGE.refusalKey(), "You may not change this operation.");
		}
		return form(OperationForm.of(operation), Map.of(), model);
	}

	/**
	 * Who may not change the operation is refused before the form is read; a form without the version it was opened
	 * on (a hand-made request, an old page) is answered 428 with the form again, since saving it could silently undo
	 * someone else's change.
	 */
	@PostMapping("/operations/{id}")
	String processUpdateForm(@PathVariable UUID id, @ModelAttribute OperationForm form, Model model, Locale locale,
			HttpServletResponse response) {
		register.requireChange(new OperationId(id));
		if (form.version() == null) {
			response.setStatus(PRECONDITION_REQUIRED);
			return form(form, errorMessages.of("form", "form.error.version", locale), model);
		}
		try {
			register.revise(new OperationId(id), form.toPlan(), form.version());
			return "redirect:/operations/" + id;
		}
		catch (InvalidInput invalid) {
			return refused(form, errorMessages.of(invalid, locale), model, response);
		}
		catch (DomainRuleViolation changedMeanwhile) {
			return refused(form, errorMessages.of("form", changedMeanwhile.getMessage(), locale), model, response);
		}
	}

	/**
	 * What other modules say of the form as it stands (the conflicts it would create …), as an htmx fragment;
	 * nothing is saved.
	 */
	@PostMapping("/operations/conflict-preview")
	String previewConflicts(@ModelAttribute OperationForm form, Model model, Locale locale) {
		try {
			var plan = form.toPlan();
			register.validate(plan);
			model.addAttribute("advice", advisors.stream().map(advisor -> advisor.adviseOn(plan, selfOf(form))).toList());
			model.addAttribute("errors", Map.of());
		}
		catch (InvalidInput invalid) {
			model.addAttribute("advice", List.of());
			model.addAttribute("errors", errorMessages.of(invalid, locale));
		}
		return "operations/draft-advice :: advice";
	}

	private String refused(OperationForm form, Map<String, String> errors, Model model, HttpServletResponse response) {
		response.setStatus(OperationPages.UNPROCESSABLE);
		return form(form, errors, model);
	}

	private String form(OperationForm form, Map<String, String> errors, Model model) {
		options.addTo(model);
		model.addAttribute("organisers", organisersFor(form));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("editing", form.id() != null);
		return "operations/form";
	}

	/**
	 * The organisers the user may table for (the coordinators any, everyone else their own organisation), and
	 * the one the form already names, so that editing another organiser's operation never changes its organiser.
	 */
	private List<Organisation> organisersFor(OperationForm form) {
		var visibility = access.visibility();
		return options.organisations().stream()
			.filter(o -> OperationRules.mayTableFor(visibility, o.code()) || o.code().equals(form.organiser()))
			.toList();
	}

	private static @Nullable OperationId selfOf(OperationForm form) {
		try {
			return form.id() == null || form.id().isBlank() ? null : new OperationId(UUID.fromString(form.id()));
		}
		catch (IllegalArgumentException malformed) {
			return null;
		}
	}
}
