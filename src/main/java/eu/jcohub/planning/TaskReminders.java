package eu.jcohub.planning;

import eu.jcohub.access.AccessPolicy;
import eu.jcohub.access.CurrentUser;
import eu.jcohub.accounts.UserAccounts;
import eu.jcohub.notifications.NotificationMessage;
import eu.jcohub.notifications.Notifications;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.planning.internal.LifecycleHistory;
import eu.jcohub.planning.internal.TaskStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Daily, on one instance of the cluster: tells the owners of tasks falling due within a week, and of overdue tasks
 * (in JCO Hub, and by e-mail where it is configured). Each task is reminded of once as it falls due and once when
 * overdue (again if it is re-dated); tasks of closed and cancelled operations are left alone. The owners are the
 * person a task is given to or else the owning organisation's planners, and only those who may see the
 * operation's details: a task is part of them.
 */
@Component
public class TaskReminders {

	static final int DAYS_AHEAD = 7;
	private static final Logger log = LoggerFactory.getLogger(TaskReminders.class);

	private final TaskStore tasks;
	private final LifecycleHistory history;
	private final OperationRegister register;
	private final UserAccounts accounts;
	private final AccessPolicy access;
	private final Notifications notifications;
	private final TransactionTemplate transactions;
	private final Clock clock;

	TaskReminders(TaskStore tasks, LifecycleHistory history, OperationRegister register, UserAccounts accounts,
			AccessPolicy access, Notifications notifications, TransactionTemplate transactions, Clock clock) {
		this.tasks = tasks;
		this.history = history;
		this.register = register;
		this.accounts = accounts;
		this.access = access;
		this.notifications = notifications;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Public so that the lock's proxy surely intercepts it. */
	@Scheduled(cron = "${jcohub.planning.reminder-cron:0 30 5 * * *}", zone = "UTC")
	@SchedulerLock(name = "task-reminders", lockAtMostFor = "PT30M")
	public void daily() {
		log.info("Task reminders sent: {}", remind());
	}

	/** Sends today's reminders; returns how many notifications went out. */
	public int remind() {
		var today = LocalDate.now(clock);
		return Objects.requireNonNullElse(transactions.execute(status -> remind(today)), 0);
	}

	private int remind(LocalDate today) {
		var due = tasks.unsettledDueBy(today.plusDays(DAYS_AHEAD));
		var operations = due.stream().map(Task::operationId).collect(Collectors.toSet());
		var statuses = history.statuses(operations);
		var circles = register.circles(operations).stream()
			.collect(Collectors.toMap(circle -> circle.id(), circle -> circle));
		int sent = 0;
		for (var task : due) {
			var circle = circles.get(task.operationId());
			if (circle == null || statuses.get(task.operationId()).isFinal()) {
				continue;
			}
			var kind = task.overdue(today) ? "OVERDUE" : "DUE_SOON";
			if (!tasks.remindOnce(task.id(), kind, task.due(), today)) {
				continue;
			}
			var record = circle.asRecord(today);
			var recipients = ownersOf(task).stream()
				.filter(user -> access.visibilityOf(user).canSeeDetails(record))
				.map(CurrentUser::username)
				.toList();
			if (!recipients.isEmpty()) {
				notifications.send(recipients, NotificationMessage.of(kind.equals("OVERDUE") ? "notification.taskOverdue"
						: "notification.taskDueSoon", task.title(), circle.name(), task.due()),
						"/operations/" + task.operationId() + "#checklist");
				sent += recipients.size();
			}
		}
		return sent;
	}

	/** The person the task is given to, or else its organisation's planners. */
	private List<CurrentUser> ownersOf(Task task) {
		if (task.ownerUsername() != null) {
			return accounts.find(task.ownerUsername()).stream().toList();
		}
		Set<CurrentUser> owners = new LinkedHashSet<>();
		for (var username : accounts.usernamesOf(task.ownerOrganisation())) {
			accounts.find(username).filter(CurrentUser::mayTableOperations).ifPresent(owners::add);
		}
		return List.copyOf(owners);
	}
}
