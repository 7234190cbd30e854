package eu.jcohub.planning.web;

import eu.jcohub.operations.OperationStatus;
import eu.jcohub.planning.Lifecycle;
import eu.jcohub.planning.TransitionRefused;
import eu.jcohub.shared.InvalidInput;
import eu.jcohub.shared.OperationId;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A lifecycle step taken from the operation page (or the business case's review): back to the operation, saying
 * where it stands now or why the step was refused.
 */
@Controller
class LifecyclePages {

	private final Lifecycle lifecycle;
	private final MessageSource messages;
	private final LifecycleSection section;
	private final eu.jcohub.operations.OperationRegister register;
	private final eu.jcohub.shared.web.FormErrorMessages errorMessages;

	LifecyclePages(Lifecycle lifecycle, MessageSource messages, LifecycleSection section,
			eu.jcohub.operations.OperationRegister register, eu.jcohub.shared.web.FormErrorMessages errorMessages) {
		this.lifecycle = lifecycle;
		this.messages = messages;
		this.section = section;
		this.register = register;
		this.errorMessages = errorMessages;
	}

	@PostMapping("/operations/{id}/transitions")
	String move(@PathVariable UUID id, @RequestParam @Nullable String to, @RequestParam @Nullable String reason,
			Locale locale, RedirectAttributes redirect, org.springframework.ui.Model model,
			jakarta.servlet.http.HttpServletResponse response) {
		lifecycle.requireMayPlan(new OperationId(id));
		OperationStatus status;
		try {
			status = OperationStatus.valueOf(String.valueOf(to));
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("unknown status " + to);
		}
		try {
			var moved = lifecycle.move(new OperationId(id), status, reason);
			redirect.addFlashAttribute("lifecycleNotice", messages.getMessage("lifecycle.moved",
					new Object[] { messages.getMessage("operation.status." + moved.status().name(), null, locale) },
					locale));
		}
		catch (TransitionRefused refused) {
			redirect.addFlashAttribute("lifecycleRefusals", refused.reasons());
		}
		catch (InvalidInput invalid) {
			// The step's form again, with the error next to its reason and the reason as typed.
			response.setStatus(422);
			var operation = register.find(new OperationId(id));
			model.addAttribute("operation", operation);
			model.addAttribute("lifecycleStep", status.name());
			model.addAttribute("lifecycleErrors", errorMessages.of(invalid, locale));
			model.addAttribute("lifecycleTyped", reason == null ? "" : reason);
			model.addAttribute("part", section.sectionFor(operation).orElseThrow());
			return "planning/section";
		}
		return "redirect:/operations/" + id + "#lifecycle";
	}
}
