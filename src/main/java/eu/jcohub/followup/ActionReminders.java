package eu.jcohub.followup;

import eu.jcohub.access.CurrentUser;
import eu.jcohub.access.Role;
import eu.jcohub.accounts.UserAccounts;
import eu.jcohub.followup.internal.RecommendationStore;
import eu.jcohub.notifications.NotificationMessage;
import eu.jcohub.notifications.Notifications;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Daily, on one instance of the cluster: tells the owners of overdue actions (in JCO Hub, and by e-mail where it is
 * configured). An action is overdue when its due date has passed, it is not done and its recommendation is still
 * open or in progress. Each is reminded of once per due date (again if it is re-dated). The owners are the
 * people of the owning organisation who work recommendations: its national coordinators and operation leaders,
 * and for the working party its secretariat and facilitators. Everyone signed in may read the file, so each of
 * them may see what they are reminded of.
 */
@Component
public class ActionReminders {

	private static final Logger log = LoggerFactory.getLogger(ActionReminders.class);
	private static final Set<Role> WORKERS = EnumSet.of(Role.NATIONAL_COORDINATOR, Role.OPERATION_LEADER,
			Role.SECRETARIAT, Role.FACILITATOR);

	private final RecommendationStore store;
	private final UserAccounts accounts;
	private final Notifications notifications;
	private final TransactionTemplate transactions;
	private final Clock clock;

	ActionReminders(RecommendationStore store, UserAccounts accounts, Notifications notifications,
			TransactionTemplate transactions, Clock clock) {
		this.store = store;
		this.accounts = accounts;
		this.notifications = notifications;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Public so that the lock's proxy surely intercepts it. */
	@Scheduled(cron = "${jcohub.followup.reminder-cron:0 45 5 * * *}", zone = "UTC")
	@SchedulerLock(name = "followup-action-reminders", lockAtMostFor = "PT30M")
	public void daily() {
		log.info("Overdue action reminders sent: {}", remind());
	}

	/** Sends today's reminders; returns how many notifications went out. */
	public int remind() {
		var today = LocalDate.now(clock);
		return Objects.requireNonNullElse(transactions.execute(status -> remind(today)), 0);
	}

	private int remind(LocalDate today) {
		int sent = 0;
		for (var recommendation : store.all()) {
			if (!recommendation.status().pending()) {
				continue;
			}
			for (var action : recommendation.actions()) {
				if (!action.overdue(today) || !store.remindOnce(action.id(), action.due(), today)) {
					continue;
				}
				var recipients = workersOf(action.owner());
				if (!recipients.isEmpty()) {
					var number = recommendation.reference().isEmpty() ? "–" : recommendation.reference();
					notifications.send(recipients, NotificationMessage.of("notification.followupActionOverdue",
							action.description(), number, action.due()), "/recommendations/" + recommendation.id());
					sent += recipients.size();
				}
			}
		}
		return sent;
	}

	private List<String> workersOf(String organisation) {
		return accounts.usernamesOf(organisation).stream()
			.map(accounts::find)
			.flatMap(java.util.Optional::stream)
			.filter(user -> user.roles().stream().anyMatch(WORKERS::contains))
			.map(CurrentUser::username)
			.toList();
	}
}
