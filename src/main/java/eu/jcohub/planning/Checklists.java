package eu.jcohub.planning;

import eu.jcohub.access.AccessPolicy;
import eu.jcohub.access.Visibility;
import eu.jcohub.accounts.UserAccounts;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationRevised;
import eu.jcohub.operations.OperationTabled;
import eu.jcohub.operations.OperationView;
import eu.jcohub.operations.Phase;
import eu.jcohub.planning.internal.TaskStore;
import eu.jcohub.planning.internal.TemplateStore;
import eu.jcohub.reference.ReferenceData;
import eu.jcohub.shared.AuditAction;
import eu.jcohub.shared.DomainRuleViolation;
import eu.jcohub.shared.Forbidden;
import eu.jcohub.shared.InvalidInput;
import eu.jcohub.shared.NotFound;
import eu.jcohub.shared.OperationId;
import eu.jcohub.shared.RecordChanged;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An operation's planning checklist: started from a template (its deadlines counted from the operation's days, and
 * kept in step when those days move), extended by hand, worked through by the tasks' owners. Part of the
 * operation's details.
 */
@Service
public class Checklists {

	private final TaskStore tasks;
	private final TemplateStore templates;
	private final OperationRegister register;
	private final ReferenceData reference;
	private final UserAccounts accounts;
	private final AccessPolicy access;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Checklists(TaskStore tasks, TemplateStore templates, OperationRegister register, ReferenceData reference,
			UserAccounts accounts, AccessPolicy access, ApplicationEventPublisher events, Clock clock) {
		this.tasks = tasks;
		this.templates = templates;
		this.register = register;
		this.reference = reference;
		this.accounts = accounts;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	public List<Task> of(OperationId id) {
		Planning.requireDetails(register.find(id));
		return tasks.of(id);
	}

	public Task task(UUID id) {
		var task = tasks.find(id).orElseThrow(() -> new NotFound("Task", id));
		Planning.requireDetails(register.find(task.operationId()));
		return task;
	}

	/** Whether the user may change the task's state: its owners, and those who plan the operation. */
	public boolean mayWorkOn(Task task, OperationView operation) {
		return operation.changeable() || mayWorkAsOwner(task, access.visibility());
	}

	/** Adds a template's tasks to the operation's checklist, dated from the operation's days. */
	@Transactional
	public List<Task> start(OperationId id, UUID templateId) {
		var operation = register.find(id);
		Objectives.requirePlanning(operation);
		var template = templates.find(templateId).orElseThrow(() -> InvalidInput.of("template", "choose a template"));
		var generated = generate(id, operation.plan().phases(), operation.plan().organiser(), template,
				tasks.nextPosition(id));
		generated.forEach(tasks::insert);
		events.publishEvent(RecordChanged.of(PlanningAuditVocabulary.CHECKLIST, id.toString(), AuditAction.CREATED,
				Map.of("template", template.name(), "tasks", generated.size()))
			.ownedBy(operation.plan().organiser()).labelled(operation.plan().name()));
		return tasks.of(id);
	}

	/** The template's tasks for an operation of these phases, numbered from {@code firstPosition}. */
	static List<Task> generate(OperationId operation, List<Phase> phases, String organiser, ChecklistTemplate template,
			int firstPosition) {
		var generated = new ArrayList<Task>();
		int position = firstPosition;
		for (var item : template.items()) {
			generated.add(new Task(UUID.randomUUID(), operation, position++, item.title(), item.category(),
					item.deadline().dueFor(phases), item.deadline(),
					item.ownerOrganisation() == null ? organiser : item.ownerOrganisation(), null, TaskState.OPEN, null,
					null, 0));
		}
		return generated;
	}

	@Transactional
	public Task add(OperationId id, TaskDraft draft) {
		var operation = register.find(id);
		Objectives.requirePlanning(operation);
		var errors = new InvalidInput.Collector();
		var title = title(draft.title(), errors);
		var category = category(draft.category(), errors);
		var due = day(draft.due(), errors);
		var owner = draft.ownerOrganisation() == null || draft.ownerOrganisation().isBlank()
				? operation.plan().organiser() : draft.ownerOrganisation().strip();
		var person = person(owner, draft.ownerUsername(), errors);
		errors.throwIfAny();
		var task = new Task(UUID.randomUUID(), id, tasks.nextPosition(id), title, category, due, null, owner, person,
				TaskState.OPEN, null, null, 0);
		tasks.insert(task);
		audit(operation, task, AuditAction.CREATED);
		return task;
	}

	/**
	 * Changes a task. Its owners (the owning organisation's people, the person it is given to) change its state;
	 * everything else is for those who plan the operation. A change to a version no longer current is refused.
	 */
	@Transactional
	public Task change(UUID id, TaskChange change) {
		var task = tasks.find(id).orElseThrow(() -> new NotFound("Task", id));
		var operation = register.find(task.operationId());
		Planning.requireDetails(operation);
		var visibility = access.visibility();
		if (!operation.changeable() && !(change.stateOnly() && mayWorkAsOwner(task, visibility))) {
			throw Forbidden.because(PlanningRules.WORK.refusalKey(), "You may not change this task.");
		}
		if (operation.status().isFinal()) {
			throw new DomainRuleViolation("Operation " + operation.plan().name() + " is closed; its checklist no longer changes.");
		}
		if (change.version() != null && change.version() != task.version()) {
			throw new DomainRuleViolation("The task was changed by someone else in the meantime; reload it and apply your change again.");
		}
		var changed = applied(task, change, visibility.user().username());
		if (!tasks.update(changed)) {
			throw new DomainRuleViolation("The task was changed by someone else in the meantime; reload it and apply your change again.");
		}
		audit(operation, changed, AuditAction.UPDATED);
		return tasks.find(id).orElseThrow();
	}

	private Task applied(Task task, TaskChange change, String username) {
		var errors = new InvalidInput.Collector();
		var state = task.state();
		if (change.state() != null) {
			try {
				state = TaskState.valueOf(change.state().strip());
			}
			catch (IllegalArgumentException e) {
				errors.reject("state", "choose a state from the list: open, in progress, done or not applicable");
			}
		}
		var title = change.title() == null ? task.title() : title(change.title(), errors);
		var due = change.due() == null ? task.due() : day(change.due(), errors);
		// A day set by hand no longer follows the operation's days.
		var deadline = change.due() == null || task.due().equals(due) ? task.deadline() : null;
		var owner = change.ownerOrganisation() == null ? task.ownerOrganisation() : change.ownerOrganisation().strip();
		var person = change.ownerUsername() == null && owner.equals(task.ownerOrganisation()) ? task.ownerUsername()
				: person(owner, change.ownerUsername(), errors);
		errors.throwIfAny();
		boolean nowSettled = state.settled() && !task.state().settled();
		Instant doneAt = state.settled() ? (nowSettled ? Instant.now(clock) : task.doneAt()) : null;
		String doneBy = state.settled() ? (nowSettled ? username : task.doneBy()) : null;
		return new Task(task.id(), task.operationId(), task.position(), title, task.category(), due, deadline, owner,
				person, state, doneAt, doneBy, task.version());
	}

	/**
	 * Marks several of the operation's tasks done at once, as a planner catching up on a checklist (the demo's past
	 * operations): one entry in the audit trail for them all. Settled tasks stay as they are.
	 */
	@Transactional
	public int markDone(OperationId id, java.util.Collection<UUID> taskIds, Instant at) {
		var operation = register.find(id);
		Objectives.requirePlanning(operation);
		var username = access.currentUser().username();
		int done = 0;
		for (var task : tasks.of(id)) {
			if (taskIds.contains(task.id()) && !task.state().settled()) {
				tasks.update(new Task(task.id(), task.operationId(), task.position(), task.title(), task.category(),
						task.due(), task.deadline(), task.ownerOrganisation(), task.ownerUsername(), TaskState.DONE, at,
						username, task.version()));
				done++;
			}
		}
		events.publishEvent(RecordChanged.of(PlanningAuditVocabulary.CHECKLIST, id.toString(), AuditAction.UPDATED,
				Map.of("done", done)).ownedBy(operation.plan().organiser()).labelled(operation.plan().name()));
		return done;
	}

	/** "Use as template": the new operation's checklist is the old one's, re-dated to its days, all open again. */
	@EventListener
	void on(OperationTabled tabled) {
		var source = tabled.derivedFrom();
		if (source == null) {
			return;
		}
		var sourceCircle = register.circle(source);
		var phases = tabled.plan().phases();
		long shift = ChronoUnit.DAYS.between(sourceCircle.firstDay(), phases.get(0).start());
		int position = 1;
		for (var task : tasks.of(source)) {
			boolean organisers = task.ownerOrganisation().equals(sourceCircle.organiser());
			tasks.insert(new Task(UUID.randomUUID(), tabled.operationId(), position++, task.title(), task.category(),
					task.deadline() == null ? task.due().plusDays(shift) : task.deadline().dueFor(phases),
					task.deadline(), organisers ? tabled.plan().organiser() : task.ownerOrganisation(),
					organisers ? null : task.ownerUsername(), TaskState.OPEN, null, null, 0));
		}
	}

	/** When an operation's days move, the tasks counted from them move along, unless settled. */
	@EventListener
	void on(OperationRevised revised) {
		for (var task : tasks.of(revised.operationId())) {
			if (task.deadline() == null || task.state().settled()) {
				continue;
			}
			var due = task.deadline().dueFor(revised.plan().phases());
			if (!due.equals(task.due())) {
				tasks.update(new Task(task.id(), task.operationId(), task.position(), task.title(), task.category(), due,
						task.deadline(), task.ownerOrganisation(), task.ownerUsername(), task.state(), task.doneAt(),
						task.doneBy(), task.version()));
			}
		}
	}

	private boolean mayWorkAsOwner(Task task, Visibility visibility) {
		return visibility.user().username().equals(task.ownerUsername())
				|| visibility.allows(PlanningRules.WORK, PlanningRules.ownedBy(task.ownerOrganisation()));
	}

	private static String title(@Nullable String text, InvalidInput.Collector errors) {
		var title = text == null ? "" : text.strip();
		if (!eu.jcohub.shared.Texts.storable(title)) {
			errors.reject("title", eu.jcohub.shared.Texts.NUL);
		}
		else if (title.isEmpty()) {
			errors.reject("title", "say what is to be done");
		}
		else if (title.length() > 300) {
			errors.reject("title", "at most 300 characters");
		}
		return title;
	}

	private static TaskCategory category(@Nullable String text, InvalidInput.Collector errors) {
		if (text == null || text.isBlank()) {
			return TaskCategory.OTHER;
		}
		try {
			return TaskCategory.valueOf(text.strip());
		}
		catch (IllegalArgumentException e) {
			errors.reject("category", "choose a category from the list");
			return TaskCategory.OTHER;
		}
	}

	private LocalDate day(@Nullable String text, InvalidInput.Collector errors) {
		try {
			return LocalDate.parse(String.valueOf(text).strip());
		}
		catch (DateTimeParseException e) {
			errors.reject("due", "a date like 2026-03-01");
			return LocalDate.now(clock);
		}
	}

	private @Nullable String person(String organisation, @Nullable String username, InvalidInput.Collector errors) {
		if (!eu.jcohub.shared.Texts.storable(username) || (username != null && username.length() > 64)) {
			errors.reject("ownerUsername", "give the task to someone of the owning organisation");
			username = null;
		}
		if (reference.organisation(organisation).isEmpty()) {
			errors.reject("ownerOrganisation", ("unknown organisation " + Planning.shown(organisation)).strip());
			return null;
		}
		if (username == null || username.isBlank()) {
			return null;
		}
		var user = accounts.find(username.strip());
		if (user.isEmpty() || !user.get().organisation().equals(organisation)) {
			errors.reject("ownerUsername", "give the task to someone of the owning organisation");
			return null;
		}
		return user.get().username();
	}

	private void audit(OperationView operation, Task task, AuditAction action) {
		var state = new LinkedHashMap<String, Object>();
		state.put("title", task.title());
		state.put("due", task.due().toString());
		state.put("ownerOrganisation", task.ownerOrganisation());
		state.put("ownerUsername", String.valueOf(task.ownerUsername()));
		state.put("state", task.state().name());
		events.publishEvent(RecordChanged.of(PlanningAuditVocabulary.TASK, task.id().toString(), action, state)
			.ownedBy(operation.plan().organiser()).labelled(operation.plan().name() + ": " + task.title()));
	}
}
