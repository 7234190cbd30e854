package eu.jcohub.planning.web;

import eu.jcohub.planning.ChecklistTemplate;
import eu.jcohub.planning.ChecklistTemplates;
import eu.jcohub.planning.Deadline;
import eu.jcohub.planning.TaskCategory;
import eu.jcohub.planning.TemplateDraft;
import eu.jcohub.reference.Organisation;
import eu.jcohub.reference.ReferenceData;
import eu.jcohub.shared.DomainRuleViolation;
import eu.jcohub.shared.InvalidInput;
import eu.jcohub.shared.web.FormErrorMessages;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The checklist templates: listed for everyone who plans, edited by the facilitating structure and the secretariat. */
@Controller
class TemplatePages {

	private static final int EMPTY_ROWS = 3;
	private final ChecklistTemplates templates;
	private final ReferenceData reference;
	private final FormErrorMessages errorMessages;
	private final MessageSource messages;

	TemplatePages(ChecklistTemplates templates, ReferenceData reference, FormErrorMessages errorMessages,
			MessageSource messages) {
		this.templates = templates;
		this.reference = reference;
		this.errorMessages = errorMessages;
		this.messages = messages;
	}

	@GetMapping("/planning/templates")
	String list(Model model) {
		model.addAttribute("templates", templates.all());
		model.addAttribute("mayEdit", templates.mayEdit());
		model.addAttribute("errors", Map.of());
		return "planning/templates";
	}

	@PostMapping("/planning/templates")
	String create(@RequestParam @Nullable String name, @RequestParam @Nullable UUID copyOf, Model model, Locale locale,
			HttpServletResponse response) {
		try {
			return "redirect:/planning/templates/" + templates.create(name, copyOf).id();
		}
		catch (InvalidInput invalid) {
			response.setStatus(422);
			model.addAttribute("templates", templates.all());
			model.addAttribute("mayEdit", templates.mayEdit());
			model.addAttribute("errors", errorMessages.of(invalid, locale));
			model.addAttribute("typedName", name);
			return "planning/templates";
		}
	}

	@GetMapping("/planning/templates/{id}")
	String show(@PathVariable UUID id, Model model) {
		var template = templates.find(id);
		var rows = template.items().stream().map(TemplatePages::row).toList();
		return page(template, template.name(), template.description(), rows, Map.of(), model);
	}

	@PostMapping("/planning/templates/{id}")
	String save(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> parameters, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		var template = templates.find(id);
		var rows = IndexedRows.of(parameters, "items").stream()
			.map(row -> new TemplateDraft.ItemDraft(row.get("title"), row.get("category"), row.get("amount"),
					row.get("unit"), row.get("anchor"), row.get("ownerOrganisation")))
			.toList();
		var name = parameters.getFirst("name");
		var description = parameters.getFirst("description");
		long version;
		try {
			version = Long.parseLong(String.valueOf(parameters.getFirst("version")));
		}
		catch (NumberFormatException e) {
			throw new IllegalArgumentException("the template's version is missing");
		}
		try {
			templates.save(id, new TemplateDraft(name, description, rows), version);
			redirect.addFlashAttribute("notice", messages.getMessage("templates.saved", null, locale));
			return "redirect:/planning/templates/" + id;
		}
		catch (InvalidInput invalid) {
			response.setStatus(422);
			var filled = rows.stream().filter(row -> !row.blank()).toList();
			return page(template, name, description, filled, errorMessages.of(invalid, locale), model);
		}
		catch (DomainRuleViolation stale) {
			response.setStatus(409);
			return page(template, name, description, rows, Map.of("version", stale.getMessage()), model);
		}
	}

	private String page(ChecklistTemplate template, @Nullable String name, @Nullable String description,
			List<TemplateDraft.ItemDraft> rows, Map<String, String> errors, Model model) {
		var editable = templates.mayEdit();
		var all = new ArrayList<>(rows);
		if (editable) {
			for (int i = 0; i < EMPTY_ROWS; i++) {
				all.add(new TemplateDraft.ItemDraft(null, "OTHER", null, "WEEKS", "FIRST_DAY", null));
			}
		}
		model.addAttribute("template", template);
		model.addAttribute("name", name);
		model.addAttribute("description", description);
		model.addAttribute("rows", all);
		model.addAttribute("errors", errors);
		model.addAttribute("editable", editable);
		model.addAttribute("categories", TaskCategory.values());
		model.addAttribute("units", Deadline.Unit.values());
		model.addAttribute("anchors", Deadline.Anchor.values());
		model.addAttribute("organisations", reference.organisations().stream()
			.sorted(Comparator.comparing(Organisation::name)).toList());
		return "planning/template";
	}

	private static TemplateDraft.ItemDraft row(ChecklistTemplate.Item item) {
		return new TemplateDraft.ItemDraft(item.title(), item.category().name(), String.valueOf(item.deadline().amount()),
				item.deadline().unit().name(), item.deadline().anchor().name(), item.ownerOrganisation());
	}
}
