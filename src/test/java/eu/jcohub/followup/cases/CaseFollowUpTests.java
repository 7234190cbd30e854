package eu.jcohub.followup.cases;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.access.OperationRoles;
import eu.jcohub.accounts.UserAccounts;
import eu.jcohub.followup.internal.ReportFigureStore;
import eu.jcohub.notifications.Notifications;
import eu.jcohub.planning.FollowUpSource;
import eu.jcohub.protection.RetentionRules;
import eu.jcohub.support.Api;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.TestAccounts;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What follows an open case: reminders to the investigators while nothing is recorded (on a fixed clock), the
 * facilitator board's stale cases, and retention, which keeps a case's report and persons until the case closed
 * and counts their period from its closure.
 */
@IntegrationTest
class CaseFollowUpTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ReportFigureStore figures;

	@Autowired
	OperationRoles roles;

	@Autowired
	CaseStore store;

	@Autowired
	CaseRetention retention;

	@Autowired
	UserAccounts users;

	@Autowired
	Notifications notifications;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	List<FollowUpSource> followUps;

	CaseFixture fixture;

	@BeforeEach
	void fixture() {
		fixture = new CaseFixture(port, accounts, figures, roles);
	}

	@Test
	void theInvestigatorsAreRemindedEveryIntervalOfSilenceUntilTheCaseCloses() {
		var operation = fixture.operation("CASE REMINDERS " + System.nanoTime());
		var id = fixture.openCase(fixture.seizure(operation, "10.00", Instant.now()));
		var reference = Api.as(port, fixture.policeFi()).get("/api/cases/" + id).json().get("reference").asString();
		var now = Instant.now();

		reminders(now.plus(80, ChronoUnit.DAYS)).remind();
		assertThat(titles(fixture.policeFi(), reference)).isEmpty();
		reminders(now.plus(95, ChronoUnit.DAYS)).remind();
		reminders(now.plus(96, ChronoUnit.DAYS)).remind();
		assertThat(titles(fixture.policeFi(), reference)).containsExactly("Case " + reference + " waits for an update");
		// Field officers do not read cases, nor does another organisation: they are not reminded.
		assertThat(titles(fixture.officerFi(), reference)).isEmpty();
		assertThat(titles(accounts.coordinatorFi(), reference)).isEmpty();

		reminders(now.plus(190, ChronoUnit.DAYS)).remind();
		assertThat(titles(fixture.policeFi(), reference)).hasSize(2);

		assertThat(fixture.event(fixture.policeFi(), id, "{\"type\":\"CLOSED\",\"on\":\"" + LocalDate.now() + "\"}")
			.status()).isEqualTo(201);
		reminders(now.plus(400, ChronoUnit.DAYS)).remind();
		assertThat(titles(fixture.policeFi(), reference)).hasSize(2);
	}

	@Test
	void theFacilitatorBoardListsOpenCasesSilentForLongerThanTheInterval() {
		var operation = fixture.operation("CASE STALE " + System.nanoTime());
		var id = fixture.openCase(fixture.seizure(operation, "10.00", Instant.now()));
		var reference = Api.as(port, fixture.policeFi()).get("/api/cases/" + id).json().get("reference").asString();
		var stale = followUps.stream().filter(source -> source.titleKey().equals("board.followUp.staleCases")).findFirst()
			.orElseThrow();

		var soon = accounts.as(accounts.secretariat(), () -> stale.items(LocalDate.now().plusMonths(2)));
		var later = accounts.as(accounts.secretariat(), () -> stale.items(LocalDate.now().plusMonths(3).plusDays(2)));

		assertThat(soon).noneMatch(item -> item.text().contains(reference));
		assertThat(later).anySatisfy(item -> {
			assertThat(item.text()).contains(reference).contains("Finnish Police");
			assertThat(item.link()).isEqualTo("/operations/" + operation + "/results");
		});
	}

	@Test
	void theFacilitatorBoardListsRecommendationActionsPastTheirDueDate() {
		var unique = "Board action " + System.nanoTime();
		var recorded = Api.as(port, accounts.secretariat()).post("/api/recommendations", """
				{"source":"Debriefing of a test operation","text":"%s","addressee":"DK-CUSTOMS"}""".formatted(unique));
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
		var id = recorded.json().get("id").asString();
		var added = Api.as(port, accounts.leaderDk()).post("/api/recommendations/" + id + "/actions",
				"{\"description\":\"%s\",\"owner\":\"DK-CUSTOMS\",\"due\":\"2075-01-10\"}".formatted(unique));
		assertThat(added.status()).as(added.body()).isEqualTo(201);
		var overdue = followUps.stream().filter(source -> source.titleKey().equals("board.followUp.overdueActions"))
			.findFirst().orElseThrow();

		var before = accounts.as(accounts.secretariat(), () -> overdue.items(LocalDate.of(2075, 1, 10)));
		var after = accounts.as(accounts.secretariat(), () -> overdue.items(LocalDate.of(2075, 1, 11)));

		assertThat(before).noneMatch(item -> item.text().contains(unique));
		assertThat(after).anySatisfy(item -> {
			assertThat(item.text()).contains(unique);
			assertThat(item.operationId()).isNull();
			assertThat(item.operationName()).isEqualTo("Debriefing of a test operation");
			assertThat(item.link()).isEqualTo("/recommendations/" + id);
		});
	}

	@Test
	void aCaseKeepsItsReportInUseUntilItClosesAndItsPersonsAreErasedFromItsClosure() {
		var operation = fixture.operation("CASE RETENTION " + System.nanoTime());
		var report = fixture.seizure(operation, "10.00", Instant.now());
		var id = fixture.openCase(report);
		var police = fixture.policeFi();
		assertThat(fixture.event(police, id, """
				{"type":"SUSPECTS_CHARGED","on":"2026-04-01","personsCount":1,"persons":"Matti Example-Suspect"}""")
			.status()).isEqualTo(201);

		assertThat(retention.holds("seizure-report", List.of(report))).containsEntry(report, Optional.empty());
		var rules = new RetentionRules.Periods(Map.of());
		assertThat(retention.enforce(rules, LocalDate.now().plusYears(50))).noneMatch(a -> a.recordId().equals(id));

		assertThat(fixture.event(police, id, "{\"type\":\"CLOSED\",\"on\":\"2026-10-01\"}").status()).isEqualTo(201);
		assertThat(retention.holds("seizure-report", List.of(report)))
			.containsEntry(report, Optional.of(LocalDate.of(2026, 10, 1)));
		assertThat(retention.enforce(rules, LocalDate.of(2031, 9, 30))).noneMatch(a -> a.recordId().equals(id));
		assertThat(Api.as(port, police).get("/api/cases/" + id).body()).contains("Matti Example-Suspect");

		var done = retention.enforce(rules, LocalDate.of(2031, 10, 1));
		assertThat(done).anySatisfy(a -> {
			assertThat(a.recordId()).isEqualTo(id);
			assertThat(a.retainedFrom()).isEqualTo(LocalDate.of(2026, 10, 1));
		});
		var read = Api.as(port, police).get("/api/cases/" + id);
		assertThat(read.body()).doesNotContain("Matti Example-Suspect");
		assertThat(read.json().get("events").get(1).get("personsCount").asInt()).isEqualTo(1);
		assertThat(retention.holds("seizure-report", List.of(UUID.randomUUID()))).isEmpty();
	}

	private CaseReminders reminders(Instant now) {
		return new CaseReminders(store, users, notifications, transactions, Clock.fixed(now, ZoneOffset.UTC), 3);
	}

	private List<String> titles(String username, String reference) {
		return Api.as(port, username).get("/api/notifications?limit=500").json().valueStream()
			.map(notification -> notification.get("title").asString())
			.filter(title -> title.contains(reference))
			.toList();
	}
}
