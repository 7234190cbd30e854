package eu.jcohub.planning.web;

import eu.jcohub.planning.ChecklistTemplate;
import eu.jcohub.planning.ChecklistTemplates;
import eu.jcohub.planning.Checklists;
import eu.jcohub.planning.Task;
import eu.jcohub.planning.TaskChange;
import eu.jcohub.planning.TaskDraft;
import eu.jcohub.planning.TemplateDraft;
import eu.jcohub.shared.OperationId;
import eu.jcohub.shared.VersionRequired;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Checklists", description = "Planning checklists: templates, dated tasks, owners and their states")
class ChecklistApi {

	private final Checklists checklists;
	private final ChecklistTemplates templates;

	ChecklistApi(Checklists checklists, ChecklistTemplates templates) {
		this.checklists = checklists;
		this.templates = templates;
	}

	@GetMapping("/api/operations/{id}/tasks")
	@Operation(summary = "The operation's checklist, soonest due first")
	List<Task> tasks(@PathVariable UUID id) {
		return checklists.of(new OperationId(id));
	}

	@PostMapping("/api/operations/{id}/tasks")
	@Operation(summary = "Add a task to the operation's checklist")
	ResponseEntity<Task> add(@PathVariable UUID id, @RequestBody TaskRequest request) {
		var task = checklists.add(new OperationId(id), new TaskDraft(request.title(), request.category(), request.due(),
				request.ownerOrganisation(), request.ownerUsername()));
		return ResponseEntity.created(URI.create("/api/tasks/" + task.id())).body(task);
	}

	@PostMapping("/api/operations/{id}/checklist")
	@Operation(summary = "Add all tasks of a checklist template, dated from the operation's days; the whole checklist")
	ResponseEntity<List<Task>> start(@PathVariable UUID id, @RequestBody StartRequest request) {
		if (request.template() == null) {
			throw eu.jcohub.shared.InvalidInput.of("template", "choose a template");
		}
		return ResponseEntity.status(201).body(checklists.start(new OperationId(id), request.template()));
	}

	@PatchMapping("/api/tasks/{id}")
	@Operation(summary = "Change a task's state (its owners), or its title, due day and owner (who plans the operation)")
	Task change(@PathVariable UUID id, @RequestBody TaskChange change) {
		return checklists.change(id, change);
	}

	@GetMapping("/api/checklist-templates")
	@Operation(summary = "The checklist templates operations start from")
	List<ChecklistTemplate> templates() {
		return templates.all();
	}

	@GetMapping("/api/checklist-templates/{id}")
	@Operation(summary = "One checklist template with its tasks")
	ChecklistTemplate template(@PathVariable UUID id) {
		return templates.find(id);
	}

	@PostMapping("/api/checklist-templates")
	@Operation(summary = "A new template, copied from another ('copyOf') or with one task to fill in")
	ResponseEntity<ChecklistTemplate> createTemplate(@RequestBody NewTemplate request) {
		var template = templates.create(request.name(), request.copyOf());
		return ResponseEntity.created(URI.create("/api/checklist-templates/" + template.id())).body(template);
	}

	@PutMapping("/api/checklist-templates/{id}")
	@Operation(summary = "Replace a template's name, description and tasks; 'version' must be the version you read")
	ChecklistTemplate saveTemplate(@PathVariable UUID id, @RequestBody TemplateRequest request) {
		if (request.version() == null) {
			throw new VersionRequired();
		}
		var items = request.items() == null ? List.<TemplateDraft.ItemDraft>of() : request.items().stream()
			.map(item -> new TemplateDraft.ItemDraft(item.title(), item.category(),
					item.amount() == null ? null : item.amount().toString(), item.unit(), item.anchor(),
					item.ownerOrganisation()))
			.toList();
		return templates.save(id, new TemplateDraft(request.name(), request.description(), items), request.version());
	}

	record StartRequest(@Nullable UUID template) {
	}

	record TaskRequest(@Nullable String title, @Nullable String category,
			@Nullable String due, @Nullable String ownerOrganisation, @Nullable String ownerUsername) {
	}

	record NewTemplate(@Nullable String name, @Nullable UUID copyOf) {
	}

	record TemplateRequest(@Nullable String name, @Nullable String description, @Nullable List<ItemRequest> items,
			@Nullable Long version) {
	}

	/** One task of a template: {@code amount} units before (negative) or after the anchor day. */
	record ItemRequest(@Nullable String title, @Nullable String category, @Nullable Integer amount,
			@Nullable String unit, @Nullable String anchor, @Nullable String ownerOrganisation) {
	}
}
