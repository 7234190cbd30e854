package eu.jcohub.planning.web;

import eu.jcohub.operations.OperationSection;
import eu.jcohub.operations.OperationStatus;
import eu.jcohub.operations.OperationView;
import eu.jcohub.planning.ChecklistTemplates;
import eu.jcohub.planning.Checklists;
import eu.jcohub.planning.TaskCategory;
import eu.jcohub.planning.TaskState;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The operation page's checklist: its tasks by due day with their owners and states, a state change for those who
 * may work on a task, and for those who plan the operation a template to start from and a task to add.
 */
@Component
class ChecklistSection implements OperationSection {

	private final Checklists checklists;
	private final ChecklistTemplates templates;
	private final Names names;
	private final Clock clock;

	ChecklistSection(Checklists checklists, ChecklistTemplates templates, Names names, Clock clock) {
		this.checklists = checklists;
		this.templates = templates;
		this.names = names;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public Optional<PageFragment> sectionFor(OperationView operation) {
		if (!operation.detailsVisible() || operation.status() == OperationStatus.TABLED) {
			return Optional.empty();
		}
		var today = LocalDate.now(clock);
		var tasks = checklists.of(operation.id());
		var planning = operation.changeable() && !operation.status().isFinal();
		var data = new HashMap<String, Object>();
		data.put("operation", operation);
		data.put("lines", tasks.stream().map(task -> new TaskLine(task, task.overdue(today),
				!operation.status().isFinal() && checklists.mayWorkOn(task, operation))).toList());
		data.put("settled", tasks.stream().filter(task -> task.state().settled()).count());
		data.put("overdue", tasks.stream().filter(task -> task.overdue(today)).count());
		data.put("planning", planning);
		data.put("templates", planning ? templates.all() : java.util.List.of());
		data.put("suggested", suggested(operation));
		data.put("states", TaskState.values());
		data.put("categories", TaskCategory.values());
		data.put("names", names);
		return Optional.of(new PageFragment("planning/checklist", data));
	}

	/** The default template that fits the operation: split-phase, full-scale, or regional. */
	private String suggested(OperationView operation) {
		if (operation.plan().phases().size() > 1) {
			return "Split-phase JCO";
		}
		return operation.plan().type() == eu.jcohub.operations.OperationType.JCO_FULL_SCALE ? "Full-scale JCO"
				: "Regional JCO";
	}

	/** A task as the checklist shows it. */
	record TaskLine(eu.jcohub.planning.Task task, boolean overdue, boolean workable) {
	}
}
