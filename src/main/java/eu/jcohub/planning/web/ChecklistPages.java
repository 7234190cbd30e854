package eu.jcohub.planning.web;

import eu.jcohub.planning.Checklists;
import eu.jcohub.planning.TaskChange;
import eu.jcohub.planning.TaskDraft;
import eu.jcohub.shared.DomainRuleViolation;
import eu.jcohub.shared.InvalidInput;
import eu.jcohub.shared.OperationId;
import eu.jcohub.shared.web.FormErrorMessages;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The checklist's forms on the operation page: start from a template, add a task, change a task's state. */
@Controller
class ChecklistPages {

	private final Checklists checklists;
	private final FormErrorMessages errorMessages;
	private final MessageSource messages;
	private final ChecklistSection section;
	private final eu.jcohub.operations.OperationRegister register;

	ChecklistPages(Checklists checklists, FormErrorMessages errorMessages, MessageSource messages,
			ChecklistSection section, eu.jcohub.operations.OperationRegister register) {
		this.section = section;
		this.register = register;
		this.checklists = checklists;
		this.errorMessages = errorMessages;
		this.messages = messages;
	}

	@PostMapping("/operations/{id}/checklist")
	String start(@PathVariable UUID id, @RequestParam @Nullable UUID template, Locale locale,
			RedirectAttributes redirect) {
		try {
			var tasks = checklists.start(new OperationId(id), template == null ? new UUID(0, 0) : template);
			redirect.addFlashAttribute("checklistNotice", messages.getMessage("checklist.summary",
					new Object[] { tasks.size(), tasks.stream().filter(t -> t.state().settled()).count(), 0 }, locale));
		}
		catch (InvalidInput invalid) {
			redirect.addFlashAttribute("checklistErrors", errorMessages.of(invalid, locale));
		}
		return "redirect:/operations/" + id + "#checklist";
	}

	@PostMapping("/operations/{id}/tasks")
	String add(@PathVariable UUID id, @RequestParam @Nullable String title, @RequestParam @Nullable String category,
			@RequestParam @Nullable String due, @RequestParam @Nullable String ownerOrganisation,
			@RequestParam @Nullable String ownerUsername, Locale locale, org.springframework.ui.Model model,
			jakarta.servlet.http.HttpServletResponse response) {
		try {
			checklists.add(new OperationId(id), new TaskDraft(title, category, due, ownerOrganisation, ownerUsername));
			return "redirect:/operations/" + id + "#checklist";
		}
		catch (InvalidInput invalid) {
			// The form again, with each error next to its field and everything as typed.
			response.setStatus(422);
			var typed = new HashMap<String, String>();
			typed.put("title", title == null ? "" : title);
			typed.put("category", category == null ? "" : category);
			typed.put("due", due == null ? "" : due);
			typed.put("ownerOrganisation", ownerOrganisation == null ? "" : ownerOrganisation);
			typed.put("ownerUsername", ownerUsername == null ? "" : ownerUsername);
			var operation = register.find(new OperationId(id));
			model.addAttribute("operation", operation);
			model.addAttribute("checklistErrors", errorMessages.of(invalid, locale));
			model.addAttribute("checklistTyped", typed);
			model.addAttribute("part", section.sectionFor(operation).orElseThrow());
			return "planning/section";
		}
	}

	@PostMapping("/tasks/{id}")
	String change(@PathVariable UUID id, @RequestParam @Nullable String state, @RequestParam @Nullable Long version,
			Locale locale, RedirectAttributes redirect) {
		var task = checklists.task(id);
		try {
			checklists.change(id, new TaskChange(state, null, null, null, null, version));
		}
		catch (InvalidInput invalid) {
			redirect.addFlashAttribute("checklistErrors", errorMessages.of(invalid, locale));
		}
		catch (DomainRuleViolation stale) {
			redirect.addFlashAttribute("checklistErrors", Map.of("version", stale.getMessage()));
		}
		return "redirect:/operations/" + task.operationId() + "#checklist";
	}

}
