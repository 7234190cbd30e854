package eu.jcohub.exchange;

import eu.jcohub.shared.RecordChanged;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Daily: when a Presidency is eight weeks away, tells the secretariat (through {@link PlansCollectionDue}) to
 * collect the other bodies' plans. Published once per semester, recorded in {@code plans_collection_reminders}.
 */
@Component
class PlansCollectionJob {

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;
	private final Clock clock;

	PlansCollectionJob(JdbcClient jdbc, ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Public so that the lock's proxy surely intercepts it; the class itself stays package-private. */
	@Scheduled(cron = "${jcohub.exchange.plans-collection-cron:0 15 6 * * *}")
	@SchedulerLock(name = "plans-collection", lockAtMostFor = "PT10M")
	public void remindIfDue() {
		remindIfDue(LocalDate.now(clock));
	}

	/** Whether a reminder was published now (false: none due, or already published for that semester). */
	boolean remindIfDue(LocalDate today) {
		var due = PlansCollectionSchedule.due(today);
		if (due.isEmpty()) {
			return false;
		}
		var semester = due.get();
		return Boolean.TRUE.equals(transactions.execute(status -> {
			int inserted = jdbc.sql("insert into plans_collection_reminders (semester) values (?) on conflict do nothing")
				.param(semester.toString())
				.update();
			if (inserted == 0) {
				return false;
			}
			var event = PlansCollectionSchedule.event(semester);
			events.publishEvent(event);
			events.publishEvent(RecordChanged.of(ExchangeAuditVocabulary.PLANS_COLLECTION, semester.toString(),
					ExchangeAuditVocabulary.DUE,
					Map.of("presidencyStart", event.presidencyStart().toString(), "dueDate", event.dueDate().toString())));
			return true;
		}));
	}
}
