package eu.jcohub.planning.web;

import eu.jcohub.operations.OperationRegister;
import eu.jcohub.planning.Reuse;
import eu.jcohub.shared.Forbidden;
import eu.jcohub.shared.InvalidInput;
import eu.jcohub.shared.OperationId;
import eu.jcohub.shared.web.FormErrorMessages;
import jakarta.servlet.http.HttpServletResponse;
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

/** "Use as template": a new proposal from a past operation, under a new name and starting on a new day. */
@Controller
class ReusePages {

	private final Reuse reuse;
	private final OperationRegister register;
	private final FormErrorMessages errorMessages;

	ReusePages(Reuse reuse, OperationRegister register, FormErrorMessages errorMessages) {
		this.reuse = reuse;
		this.register = register;
		this.errorMessages = errorMessages;
	}

	@GetMapping("/operations/{id}/clone")
	String form(@PathVariable UUID id, Model model) {
		return page(id, null, null, Map.of(), model);
	}

	@PostMapping("/operations/{id}/clone")
	String create(@PathVariable UUID id, @RequestParam @Nullable String name, @RequestParam @Nullable String firstDay,
			Model model, Locale locale, HttpServletResponse response) {
		try {
			return "redirect:/operations/" + reuse.cloneOf(new OperationId(id), name, firstDay).id();
		}
		catch (InvalidInput invalid) {
			response.setStatus(422);
			return page(id, name, firstDay, errorMessages.of(invalid, locale), model);
		}
	}

	private String page(UUID id, @Nullable String name, @Nullable String firstDay, Map<String, String> errors,
			Model model) {
		var source = register.find(new OperationId(id));
		if (!source.detailsVisible()) {
			throw Forbidden.because("access.details.refused",
					"Only the organiser, the participants and the coordination secretariat may see this.");
		}
		model.addAttribute("source", source);
		model.addAttribute("name", name);
		model.addAttribute("firstDay", firstDay);
		model.addAttribute("errors", errors);
		return "planning/clone";
	}
}
