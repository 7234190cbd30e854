package eu.jcohub.planning;

import eu.jcohub.access.AccessPolicy;
import eu.jcohub.planning.internal.TemplateStore;
import eu.jcohub.reference.ReferenceData;
import eu.jcohub.shared.AuditAction;
import eu.jcohub.shared.InvalidInput;
import eu.jcohub.shared.NotFound;
import eu.jcohub.shared.RecordChanged;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The checklist templates operations start from: editable data, kept by the facilitating structure and the
 * secretariat, read by everyone who plans an operation.
 */
@Service
public class ChecklistTemplates {

	static final int MAX_ITEMS = 60;

	private final TemplateStore store;
	private final ReferenceData reference;
	private final AccessPolicy access;
	private final ApplicationEventPublisher events;

	ChecklistTemplates(TemplateStore store, ReferenceData reference, AccessPolicy access,
			ApplicationEventPublisher events) {
		this.store = store;
		this.reference = reference;
		this.access = access;
		this.events = events;
	}

	public List<ChecklistTemplate> all() {
		access.currentUser();
		return store.all();
	}

	public ChecklistTemplate find(UUID id) {
		access.currentUser();
		return store.find(id).orElseThrow(() -> new NotFound("Checklist template", id));
	}

	public boolean mayEdit() {
		return access.visibility().allows(PlanningRules.TEMPLATES);
	}

	/** A new template, a copy of an existing one under a new name (or empty but for one task to fill in). */
	@Transactional
	public ChecklistTemplate create(@Nullable String name, @Nullable UUID copyOf) {
		access.visibility().require(PlanningRules.TEMPLATES);
		var errors = new InvalidInput.Collector();
		var id = UUID.randomUUID();
		var checkedName = name(name, id, errors);
		var original = copyOf == null ? null : store.find(copyOf).orElse(null);
		if (copyOf != null && original == null) {
			errors.reject("copyOf", "choose a template to copy");
		}
		errors.throwIfAny();
		var items = original == null
				? List.of(new ChecklistTemplate.Item("Invitation to the administrations sent", TaskCategory.PARTICIPATION,
						new Deadline(-2, Deadline.Unit.MONTHS, Deadline.Anchor.FIRST_DAY), null))
				: original.items();
		var template = new ChecklistTemplate(id, checkedName, original == null ? null : original.description(), items, 0);
		store.insert(template);
		audit(template, AuditAction.CREATED);
		return template;
	}

	/** Replaces a template's name, description and tasks, if nobody changed it since {@code version}. */
	@Transactional
	public ChecklistTemplate save(UUID id, TemplateDraft draft, long version) {
		access.visibility().require(PlanningRules.TEMPLATES);
		store.find(id).orElseThrow(() -> new NotFound("Checklist template", id));
		var errors = new InvalidInput.Collector();
		var name = name(draft.name(), id, errors);
		errors.text("description", draft.description(), 500);
		var description = draft.description() == null || draft.description().isBlank() ? null : draft.description().strip();
		var rows = draft.items().stream().filter(item -> !item.blank()).toList();
		if (rows.isEmpty()) {
			errors.reject("items", "a template needs at least one task");
		}
		if (rows.size() > MAX_ITEMS) {
			errors.reject("items", "at most " + MAX_ITEMS + " tasks");
		}
		var items = new ArrayList<ChecklistTemplate.Item>();
		for (int i = 0; i < rows.size(); i++) {
			var item = item(rows.get(i), "items[" + i + "].", errors);
			if (item != null) {
				items.add(item);
			}
		}
		errors.throwIfAny();
		var template = new ChecklistTemplate(id, name, description, items, version);
		store.update(template, version);
		audit(template, AuditAction.UPDATED);
		return store.find(id).orElseThrow();
	}

	private String name(@Nullable String text, UUID self, InvalidInput.Collector errors) {
		var name = text == null ? "" : text.strip();
		if (!eu.jcohub.shared.Texts.storable(name)) {
			errors.reject("name", eu.jcohub.shared.Texts.NUL);
		}
		else if (name.isEmpty()) {
			errors.reject("name", "give the template a name");
		}
		else if (name.length() > 120) {
			errors.reject("name", "at most 120 characters");
		}
		else if (store.nameTaken(name, self)) {
			errors.reject("name", "another template has this name");
		}
		return name;
	}

	private ChecklistTemplate.@Nullable Item item(TemplateDraft.ItemDraft draft, String prefix,
			InvalidInput.Collector errors) {
		var title = draft.title() == null ? "" : draft.title().strip();
		if (title.isEmpty() || title.length() > 300 || !eu.jcohub.shared.Texts.storable(title)) {
			errors.reject(prefix + "title", "say what is to be done (at most 300 characters)");
		}
		var category = known(TaskCategory.class, draft.category(), prefix + "category", errors);
		var unit = known(Deadline.Unit.class, draft.unit(), prefix + "unit", errors);
		var anchor = known(Deadline.Anchor.class, draft.anchor(), prefix + "anchor", errors);
		Integer amount = null;
		try {
			var typed = String.valueOf(draft.amount()).strip();
			amount = Integer.valueOf(typed.length() > 6 ? "x" : typed);
			if (Math.abs(amount) > 1000) {
				errors.reject(prefix + "amount", "at most 1000 before or after");
				amount = null;
			}
		}
		catch (NumberFormatException e) {
			errors.reject(prefix + "amount", "a whole number: negative before the day, positive after it");
		}
		var owner = draft.ownerOrganisation() == null || draft.ownerOrganisation().isBlank() ? null
				: draft.ownerOrganisation().strip();
		if (owner != null && reference.organisation(owner).isEmpty()) {
			errors.reject(prefix + "ownerOrganisation", ("unknown organisation " + Planning.shown(owner)).strip());
		}
		if (title.isEmpty() || category == null || unit == null || anchor == null || amount == null) {
			return null;
		}
		return new ChecklistTemplate.Item(title, category, new Deadline(amount, unit, anchor), owner);
	}

	private static <E extends Enum<E>> @Nullable E known(Class<E> type, @Nullable String text, String field,
			InvalidInput.Collector errors) {
		try {
			return Enum.valueOf(type, String.valueOf(text).strip());
		}
		catch (IllegalArgumentException e) {
			errors.reject(field, "choose from the list");
			return null;
		}
	}

	private void audit(ChecklistTemplate template, AuditAction action) {
		events.publishEvent(RecordChanged.of(PlanningAuditVocabulary.TEMPLATE, template.id().toString(), action,
				Map.of("name", template.name(), "tasks", template.items().size())).labelled(template.name()));
	}
}
