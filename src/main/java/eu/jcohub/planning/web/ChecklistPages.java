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

	ChecklistPages(Checklists checklists, FormErrorMessages errorMessages, MessageSource messages) {
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
			@RequestParam @Nullable String ownerUsername, Locale locale, RedirectAttributes redirect) {
		try {
			checklists.add(new OperationId(id), new TaskDraft(title, category, due, ownerOrganisation, ownerUsername));
		}
		catch (InvalidInput invalid) {
			redirect.addFlashAttribute("checklistErrors", errorMessages.of(invalid, locale));
			var typed = new HashMap<String, String>();
			typed.put("title", title);
			typed.put("category", category);
			typed.put("due", due);
			typed.put("ownerOrganisation", ownerOrganisation);
			typed.put("ownerUsername", ownerUsername);
			redirect.addFlashAttribute("checklistTyped", typed);
		}
		return "redirect:/operations/" + id + "#checklist";
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
