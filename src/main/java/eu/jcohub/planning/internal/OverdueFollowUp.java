package eu.jcohub.planning.internal;

import eu.jcohub.operations.OperationRegister;
import eu.jcohub.planning.FollowUpItem;
import eu.jcohub.planning.FollowUpSource;
import eu.jcohub.planning.TaskCategory;
import eu.jcohub.shared.OperationId;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Planning's own follow-up: debriefings, final and follow-up reports past their day, of operations still open. */
@Component
class OverdueFollowUp implements FollowUpSource {

	private final TaskStore tasks;
	private final OperationRegister register;
	private final LifecycleHistory history;

	OverdueFollowUp(TaskStore tasks, OperationRegister register, LifecycleHistory history) {
		this.tasks = tasks;
		this.register = register;
		this.history = history;
	}

	@Override
	public String titleKey() {
		return "board.followUp.tasks";
	}

	@Override
	public List<FollowUpItem> items(LocalDate today) {
		var followUp = tasks.unsettledDueBy(today.minusDays(1)).stream()
			.filter(task -> task.category() == TaskCategory.FOLLOW_UP)
			.toList();
		// A cancelled operation has nothing to follow up, a closed one has been followed up.
		var statuses = history.statuses(followUp.stream().map(task -> task.operationId()).collect(Collectors.toSet()));
		var overdue = followUp.stream().filter(task -> !statuses.get(task.operationId()).isFinal()).toList();
		var names = register.circles(overdue.stream().map(task -> task.operationId()).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(circle -> circle.id(), circle -> circle.name()));
		return overdue.stream()
			.filter(task -> names.containsKey(task.operationId()))
			.map(task -> new FollowUpItem(task.operationId(), names.get(task.operationId()), task.title(), task.due(),
					link(task.operationId())))
			.toList();
	}

	private static String link(OperationId operation) {
		return "/operations/" + operation + "#checklist";
	}
}
