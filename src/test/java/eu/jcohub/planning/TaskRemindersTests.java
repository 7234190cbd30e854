package eu.jcohub.planning;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.access.AccessPolicy;
import eu.jcohub.accounts.UserAccounts;
import eu.jcohub.notifications.Notifications;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.planning.internal.LifecycleHistory;
import eu.jcohub.planning.internal.TaskStore;
import eu.jcohub.support.Api;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.Plans;
import eu.jcohub.support.TestAccounts;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily reminders on a fixed clock: owners hear of tasks falling due within a week and of overdue ones, once
 * each, and only those who may see the operation; settled tasks and cancelled operations stay quiet.
 */
@IntegrationTest
class TaskRemindersTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TaskStore tasks;

	@Autowired
	LifecycleHistory history;

	@Autowired
	OperationRegister register;

	@Autowired
	UserAccounts users;

	@Autowired
	AccessPolicy access;

	@Autowired
	Notifications notifications;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void ownersHearOfTasksFallingDueAndOverdueOnceEachAndOnlyIfTheyMaySeeTheOperation() {
		var leader = accounts.leaderDk();
		var outsider = accounts.coordinatorPt();
		var unique = "R" + System.nanoTime();
		var operation = operation(leader, unique, LocalDate.of(2073, 3, 1));
		task(leader, operation, unique + " overdue venue", "2073-01-10", "DK-CUSTOMS", "");
		task(leader, operation, unique + " soon travel", "2073-01-20", "DK-CUSTOMS", leader);
		task(leader, operation, unique + " later equipment", "2073-02-01", "DK-CUSTOMS", "");
		task(leader, operation, unique + " outsider task", "2073-01-12", "PT-CUSTOMS", "");
		var settled = task(leader, operation, unique + " settled briefing", "2073-01-11", "DK-CUSTOMS", "");
		Api.as(port, leader).send("PATCH", "/api/tasks/" + settled, "{\"state\":\"DONE\"}");
		var cancelled = operation(leader, unique + "-C", LocalDate.of(2073, 3, 5));
		task(leader, cancelled, unique + " cancelled task", "2073-01-10", "DK-CUSTOMS", "");
		Api.as(port, leader).post("/api/operations/" + cancelled + "/transitions",
				"{\"to\":\"CANCELLED\",\"reason\":\"merged\"}");

		reminders("2073-01-15T05:30:00Z").remind();

		var told = titles(leader, unique);
		assertThat(told).containsExactlyInAnyOrder("Overdue task: " + unique + " overdue venue",
				"Task due 20 Jan 2073: " + unique + " soon travel");
		assertThat(titles(outsider, unique)).isEmpty();

		reminders("2073-01-15T05:30:00Z").remind();
		assertThat(titles(leader, unique)).hasSize(2);

		reminders("2073-01-25T05:30:00Z").remind();
		assertThat(titles(leader, unique)).hasSize(4).contains("Overdue task: " + unique + " soon travel",
				"Task due 1 Feb 2073: " + unique + " later equipment");
	}

	private TaskReminders reminders(String now) {
		return new TaskReminders(tasks, history, register, users, access, notifications, transactions,
				Clock.fixed(Instant.parse(now), ZoneOffset.UTC));
	}

	private List<String> titles(String username, String unique) {
		return Api.as(port, username).get("/api/notifications?limit=500").json().valueStream()
			.map(notification -> notification.get("title").asString())
			.filter(title -> title.contains(unique) && !title.startsWith("Conflict"))
			.toList();
	}

	private String operation(String leader, String name, LocalDate start) {
		var created = Api.as(port, leader).post("/api/operations", Plans.json(name, "DK-CUSTOMS", "DK", List.of("FI"),
				List.of("CASH"), List.of("AIR"), start, start.plusDays(7)));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private String task(String leader, String operation, String title, String due, String owner, String person) {
		var added = Api.as(port, leader).post("/api/operations/" + operation + "/tasks", """
				{"title":"%s","due":"%s","ownerOrganisation":"%s","ownerUsername":"%s"}""".formatted(title, due, owner, person));
		assertThat(added.status()).as(added.body()).isEqualTo(201);
		return added.json().get("id").asString();
	}
}
