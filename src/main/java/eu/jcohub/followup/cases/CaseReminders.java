package eu.jcohub.followup.cases;

import eu.jcohub.access.CurrentUser;
import eu.jcohub.access.Role;
import eu.jcohub.accounts.UserAccounts;
import eu.jcohub.notifications.NotificationMessage;
import eu.jcohub.notifications.Notifications;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Daily, on one instance of the cluster: reminds the investigating organisation of each open case on which
 * nothing was recorded for an interval ({@code jcohub.followup.case-reminder-months}, 3 by default), in JCO Hub
 * and by e-mail where it is configured; then again after each further interval of silence, until it is closed.
 * The recipients are the organisation's people who read cases (not its field officers), so each may open what
 * they are reminded of.
 */
@Component
public class CaseReminders {

	private static final Logger log = LoggerFactory.getLogger(CaseReminders.class);
	private static final Set<Role> READERS = EnumSet.complementOf(EnumSet.of(Role.FIELD_OFFICER, Role.ADMIN));

	private final CaseStore store;
	private final UserAccounts accounts;
	private final Notifications notifications;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final int months;

	CaseReminders(CaseStore store, UserAccounts accounts, Notifications notifications, TransactionTemplate transactions,
			Clock clock, @Value("${jcohub.followup.case-reminder-months:3}") int months) {
		this.store = store;
		this.accounts = accounts;
		this.notifications = notifications;
		this.transactions = transactions;
		this.clock = clock;
		this.months = months;
	}

	/** Public so that the lock's proxy surely intercepts it. */
	@Scheduled(cron = "${jcohub.followup.case-reminder-cron:0 50 5 * * *}", zone = "UTC")
	@SchedulerLock(name = "followup-case-reminders", lockAtMostFor = "PT30M")
	public void daily() {
		log.info("Open case reminders sent: {}", remind());
	}

	/** Sends today's reminders; returns how many notifications went out. */
	public int remind() {
		var today = LocalDate.now(clock);
		return Objects.requireNonNullElse(transactions.execute(status -> remind(today)), 0);
	}

	/** The interval of silence after which a case is reminded of and counts as stale. */
	public int months() {
		return months;
	}

	private int remind(LocalDate today) {
		var since = today.minusMonths(months);
		int sent = 0;
		for (var c : store.open()) {
			var updated = LocalDate.ofInstant(c.updatedAt(), clock.getZone());
			if (updated.isAfter(since) || !store.remindOnce(c.id(), since, today)) {
				continue;
			}
			var recipients = readersOf(c.owner());
			if (!recipients.isEmpty()) {
				notifications.send(recipients, NotificationMessage.of("notification.caseStale", c.reference(), updated),
						"/cases/" + c.id());
				sent += recipients.size();
			}
		}
		return sent;
	}

	private List<String> readersOf(String organisation) {
		return accounts.usernamesOf(organisation).stream()
			.map(accounts::find)
			.flatMap(Optional::stream)
			.filter(user -> user.roles().stream().anyMatch(READERS::contains))
			.map(CurrentUser::username)
			.toList();
	}
}
