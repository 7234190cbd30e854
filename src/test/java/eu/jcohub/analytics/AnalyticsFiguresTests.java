package eu.jcohub.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.access.Role;
import eu.jcohub.cooperation.Cooperation;
import eu.jcohub.cooperation.RequestDraft;
import eu.jcohub.deconfliction.ConflictChecks;
import eu.jcohub.deconfliction.Resolution;
import eu.jcohub.followup.cases.CaseDraft;
import eu.jcohub.followup.cases.Cases;
import eu.jcohub.followup.cases.EventDraft;
import eu.jcohub.followup.internal.ReportFigureStore;
import eu.jcohub.funding.ApplicationDraft;
import eu.jcohub.funding.Funding;
import eu.jcohub.operations.Competence;
import eu.jcohub.operations.OperationPlan;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationType;
import eu.jcohub.operations.Phase;
import eu.jcohub.operations.PolicyDomain;
import eu.jcohub.planning.Acceptance;
import eu.jcohub.planning.DeclineReason;
import eu.jcohub.planning.Invitation;
import eu.jcohub.planning.InvitationAnswered;
import eu.jcohub.planning.Invitations;
import eu.jcohub.seizures.ReportType;
import eu.jcohub.seizures.ReportValidated;
import eu.jcohub.shared.OperationId;
import eu.jcohub.support.Api;
import eu.jcohub.support.FormSession;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.TestAccounts;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Participation, conflicts, funding, Naples II and case outcomes counted from the other modules' events into
 * analytics' own tables, in a year no other test uses (2089): each figure against what was constructed through the
 * modules' services, an event delivered twice, a changed decision, an outsider's counts, a case owed and the open
 * data read back.
 */
@IntegrationTest
class AnalyticsFiguresTests {

	private static final int YEAR = 2089;
	private static final String WINDOW = "from=" + YEAR + "&to=" + YEAR;

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	OperationRegister register;

	@Autowired
	Invitations invitations;

	@Autowired
	ConflictChecks conflicts;

	@Autowired
	Funding funding;

	@Autowired
	Cooperation cooperation;

	@Autowired
	Cases cases;

	@Autowired
	ReportFigureStore reports;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	private static @Nullable Fixture fixture;

	record Fixture(OperationId a, OperationId b, Invitation declined, String caseReference, JsonNode undecided,
			JsonNode decided) {
	}

	@BeforeEach
	void construct() throws Exception {
		if (fixture != null) {
			return;
		}
		var leader = accounts.leaderDk();
		// Two Danish operations on the same days, places and risk area: deconfliction records them in conflict.
		var a = accounts.as(leader, () -> register.table(plan("AG-A"))).id();
		var b = accounts.as(leader, () -> register.table(plan("AG-B"))).id();
		waitFor(accounts.secretariat(), o -> o.get("conflicts").get("found").asLong() == 1);

		var sent = accounts.as(leader, () -> invitations.invite(a,
				Set.of("FI-CUSTOMS", "PT-CUSTOMS", "EE-CUSTOMS", "LT-CUSTOMS"), "Join us"));
		accounts.as(accounts.coordinatorFi(), () -> invitations.accept(invitation(sent, "FI-CUSTOMS").id(),
				new Acceptance("Desk FI, +358 1", Set.of(), "Helsinki harbour")));
		var coordinatorEe = accounts.ensure("t.coordinator.ee", "EE-CUSTOMS", Role.NATIONAL_COORDINATOR);
		accounts.as(coordinatorEe, () -> invitations.accept(invitation(sent, "EE-CUSTOMS").id(),
				new Acceptance("Desk EE, +372 1", Set.of(), "Tallinn harbour")));
		var declined = accounts.as(accounts.coordinatorPt(), () -> invitations.decline(
				invitation(sent, "PT-CUSTOMS").id(), DeclineReason.NO_RESOURCES.name(), null));

		accounts.as(leader, () -> conflicts.resolve(a, b, Resolution.Kind.RUN_JOINTLY, "agreed by phone"));

		var application = accounts.as(leader, () -> funding.apply(a,
				new ApplicationDraft("REG-515-97", "1000", "2026-01-10", null, null, "SUBMITTED", "form"))).id();
		accounts.as(leader, () -> funding.apply(b,
				new ApplicationDraft("REG-515-97", "500", null, null, null, "DRAFT", "not sent")));

		accounts.as(leader, () -> cooperation.file(a,
				new RequestDraft(22, "DK-CUSTOMS", "FI-CUSTOMS", List.of(), null, null, "figures")));
		accounts.as(leader, () -> cooperation.file(a,
				new RequestDraft(22, "DK-CUSTOMS", "EE-CUSTOMS", List.of(), null, null, "figures")));
		accounts.as(leader, () -> cooperation.file(b,
				new RequestDraft(20, "DK-CUSTOMS", "FI-CUSTOMS", List.of(), null, null, "figures")));

		var report = UUID.randomUUID();
		reports.upsert(new ReportValidated(report, a, 1, ReportType.SEIZURE, Instant.parse("2026-03-02T09:00:00Z"),
				"DK-CUSTOMS", null, "ROAD", "CIGARETTES", null, null, new BigDecimal("1000"), "STICKS",
				new BigDecimal("500.00"), new BigDecimal("50.00"), 0, true, Instant.now()));
		var opened = accounts.as(leader, () -> cases.open(report,
				new CaseDraft("CRIMINAL", "DK-CUSTOMS", null, "2026-03-10", null)));
		accounts.as(leader, () -> cases.record(opened.id(),
				new EventDraft("SUSPECTS_CHARGED", "2026-03-20", null, null, null, 2, null)));
		accounts.as(leader, () -> cases.record(opened.id(),
				new EventDraft("PENALTY_IMPOSED", "2026-04-20", new BigDecimal("750.00"), null, null, 0, null)));
		waitFor(accounts.secretariat(), o -> o.get("results").get("cases").get("charged").asLong() == 2
				&& o.get("results").get("cases").get("penaltiesEur").decimalValue().compareTo(new BigDecimal("750")) == 0
				&& o.get("conflicts").get("unresolved").asLong() == 0
				&& o.get("naplesPerArticle").size() == 2
				&& o.get("funding").size() == 1
				&& o.get("participation").get("perAdministration").size() == 4
				&& o.get("participation").get("declineReasons").size() == 1);
		var undecided = overview(accounts.secretariat(), WINDOW).get("funding").get(0);
		// The programme decides: the application's figures are replaced, not added.
		accounts.as(leader, () -> funding.change(application,
				new ApplicationDraft(null, null, null, "2026-02-09", "800", "PARTLY_GRANTED", null)));
		waitFor(accounts.secretariat(), after -> after.get("funding").get(0).get("decided").asLong() == 1);
		fixture = new Fixture(a, b, declined, opened.reference(), undecided,
				overview(accounts.secretariat(), WINDOW).get("funding").get(0));
	}

	@Test
	void eachFigureOfTheOtherModulesMatchesWhatWasConstructed() throws Exception {
		var o = overview(accounts.secretariat(), WINDOW);
		assertThat(o.get("detailed").asLong()).isEqualTo(2);
		assertThat(participation(o)).containsExactly("EE-CUSTOMS 1/1/0/0", "FI-CUSTOMS 1/1/0/0", "LT-CUSTOMS 1/0/0/1",
				"PT-CUSTOMS 1/0/1/0");
		assertThat(tally(o.get("participation").get("declineReasons"))).containsExactly("NO_RESOURCES=1");

		var found = o.get("conflicts");
		assertThat(found.get("found").asLong()).as("the pair counts once").isEqualTo(1);
		assertThat(found.get("unresolved").asLong()).isZero();
		assertThat(tally(found.get("resolutions"))).containsExactly("RUN_JOINTLY=1");

		var line = fixture.undecided();
		assertThat(line.get("programme").asText()).isEqualTo("REG-515-97");
		assertThat(line.get("applications").asLong()).as("the draft is not counted").isEqualTo(1);
		assertThat(line.get("requested").decimalValue()).isEqualByComparingTo("1000");
		assertThat(line.get("decided").asLong()).isZero();
		assertThat(line.get("granted").decimalValue()).isEqualByComparingTo("0");

		assertThat(tally(o.get("naplesPerArticle"))).containsExactly("20=1", "22=2");

		var outcomes = o.get("results").get("cases");
		assertThat(outcomes.get("cases").asLong()).isEqualTo(1);
		assertThat(outcomes.get("closed").asLong()).isZero();
		assertThat(outcomes.get("charged").asLong()).isEqualTo(2);
		assertThat(outcomes.get("penaltiesEur").decimalValue()).isEqualByComparingTo("750");
	}

	@Test
	void anAnswerIsSeenAtOnceAmongTheParticipantsAndADeclineAmongTheAdministrationsShare() throws Exception {
		// Estonia was not among the planned participants: its acceptance made it one, without a restart.
		var estonia = overview(accounts.secretariat(), WINDOW + "&state=EE");
		assertThat(estonia.get("operations").asLong()).isEqualTo(1);
		var portugal = Api.as(port, accounts.secretariat())
			.get("/api/analytics/administrations/PT-CUSTOMS?" + WINDOW).json();
		assertThat(portugal.get("declined").toString()).contains("AG-A", "NO_RESOURCES");
	}

	@Test
	void anEventDeliveredTwiceCountsOnceAndAChangedDecisionMovesTheFigures() throws Exception {
		var declined = fixture.declined();
		transactions.executeWithoutResult(status -> events.publishEvent(new InvitationAnswered(declined.operationId(),
				declined.id(), declined.organisation(), Invitation.State.DECLINED, DeclineReason.NO_RESOURCES)));
		Thread.sleep(500);
		var o = overview(accounts.secretariat(), WINDOW);
		assertThat(participation(o)).contains("PT-CUSTOMS 1/0/1/0");
		assertThat(tally(o.get("participation").get("declineReasons"))).containsExactly("NO_RESOURCES=1");

		var line = fixture.decided();
		assertThat(line.get("applications").asLong()).as("replaced, not added").isEqualTo(1);
		assertThat(line.get("requested").decimalValue()).isEqualByComparingTo("1000");
		assertThat(line.get("decided").asLong()).isEqualTo(1);
		assertThat(line.get("granted").decimalValue()).isEqualByComparingTo("800");
		assertThat(line.get("medianLeadDays").asDouble()).isEqualTo(30.0);
	}

	@Test
	void anOutsidersCountsLeaveOutTheOperationsItCannotOpen() throws Exception {
		var outsider = accounts.analyst();
		var o = overview(outsider, WINDOW);
		assertThat(o.get("operations").asLong()).as("calendar figures").isEqualTo(2);
		assertThat(o.get("detailed").asLong()).isZero();
		assertThat(o.get("participation").get("perAdministration")).isEmpty();
		assertThat(o.get("conflicts").get("found").asLong()).isZero();
		assertThat(o.get("funding")).isEmpty();
		assertThat(o.get("naplesPerArticle")).isEmpty();
		assertThat(o.get("results").get("cases").get("cases").asLong()).isZero();
		// Finland takes part in both: it counts them.
		var finland = overview(accounts.coordinatorFi(), WINDOW);
		assertThat(finland.get("detailed").asLong()).isEqualTo(2);
		assertThat(tally(finland.get("naplesPerArticle"))).containsExactly("20=1", "22=2");
	}

	@Test
	void anOpenCaseSilentForMonthsIsACaseUpdateItsAdministrationOwes() throws Exception {
		var api = Api.as(port, accounts.secretariat());
		var fresh = api.get("/api/analytics/administrations/DK-CUSTOMS?" + WINDOW).json();
		assertThat(fresh.get("caseUpdatesOwed").toString()).doesNotContain(fixture.caseReference());

		var silentSince = Instant.now().minus(200, ChronoUnit.DAYS);
		jdbc.sql("update followup_cases set updated_at = ? where reference = ?")
			.params(java.sql.Timestamp.from(silentSince), fixture.caseReference()).update();
		try {
			var share = api.get("/api/analytics/administrations/DK-CUSTOMS?" + WINDOW).json();
			var owed = new ArrayList<JsonNode>();
			share.get("caseUpdatesOwed").forEach(owed::add);
			var ours = owed.stream().filter(c -> c.get("reference").asText().equals(fixture.caseReference()))
				.findFirst().orElseThrow();
			assertThat(ours.get("operation").asText()).startsWith("AG-A");
			assertThat(ours.get("silentDays").asLong()).isBetween(199L, 201L);
			var finland = api.get("/api/analytics/administrations/FI-CUSTOMS?" + WINDOW).json();
			assertThat(finland.get("caseUpdatesOwed").toString()).doesNotContain(fixture.caseReference());
		}
		finally {
			jdbc.sql("update followup_cases set updated_at = ? where reference = ?")
				.params(java.sql.Timestamp.from(Instant.now()), fixture.caseReference()).update();
		}
	}

	@Test
	void theOpenDataReadBackAsCsvAndJsonWithTheOverviewsNumbersForTheCaller() throws Exception {
		var csv = Api.as(port, accounts.secretariat()).get("/api/analytics/open-data.csv?" + WINDOW);
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.contentType()).startsWith("text/csv");
		var lines = csv.body().lines().toList();
		assertThat(lines.get(0)).isEqualTo("Figure,Of,Measure,Value");
		assertThat(lines).contains("Participation per administration,Lithuania customs administration,Invited,1",
				"Participation per administration,Lithuania customs administration,Not answered,1",
				"Participation per administration,Portugal customs administration,Declined,1");
		assertThat(lines.stream().filter(l -> l.startsWith("Naples II requests per article,")).toList())
			.hasSize(2).anyMatch(l -> l.endsWith(",Requests,2"));

		var json = Api.as(port, accounts.secretariat()).get("/api/analytics/open-data?" + WINDOW).json();
		assertThat(json.get("operations").asLong()).isEqualTo(2);
		assertThat(json.get("detailedOperations").asLong()).isEqualTo(2);
		assertThat(json.get("lines").size()).isEqualTo(lines.size() - 1);

		var outsider = Api.as(port, accounts.analyst()).get("/api/analytics/open-data.csv?" + WINDOW);
		assertThat(outsider.status()).isEqualTo(200);
		assertThat(outsider.body()).contains("Figure,Of,Measure,Value")
			.doesNotContain("Participation per administration", "Naples II requests per article,");
		assertThat(Api.as(port, accounts.secretariat()).get("/api/analytics/open-data?from=2030&to=2020").status())
			.isEqualTo(422);
	}

	@Test
	void badYearsOnTheAdministrationsPageAreToldNextToTheFieldKeepingWhatWasTyped() throws Exception {
		var page = FormSession.signedIn(port, accounts.secretariat())
			.get("/analytics/administrations/DK-CUSTOMS?from=twenty&to=2020");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"from-error\"", "value=\"twenty\"", "value=\"2020\"")
			.doesNotContain("id=\"share-figures\"");
		var backwards = Api.as(port, accounts.secretariat())
			.get("/api/analytics/administrations/DK-CUSTOMS?from=2030&to=2020");
		assertThat(backwards.status()).isEqualTo(422);
		assertThat(backwards.contentType()).contains("application/problem+json");
		assertThat(backwards.json().get("errors").has("to")).isTrue();
		var shown = FormSession.signedIn(port, accounts.secretariat())
			.get("/analytics/administrations/DK-CUSTOMS?" + WINDOW);
		assertThat(shown.body()).contains("id=\"share-figures\"", "id=\"cases-owed-title\"");
	}

	private static Invitation invitation(List<Invitation> sent, String organisation) {
		return sent.stream().filter(i -> i.organisation().equals(organisation)).findFirst().orElseThrow();
	}

	private static List<String> participation(JsonNode overview) {
		var lines = new ArrayList<String>();
		overview.get("participation").get("perAdministration").forEach(l -> lines.add(l.get("administration").asText()
				+ " " + l.get("invited").asLong() + "/" + l.get("accepted").asLong() + "/" + l.get("declined").asLong()
				+ "/" + l.get("open").asLong()));
		return lines;
	}

	static List<String> tally(JsonNode tallies) {
		var list = new ArrayList<String>();
		tallies.forEach(t -> list.add(t.get("key").asText() + "=" + t.get("count").asLong()));
		return list;
	}

	private JsonNode overview(String user, String query) {
		var response = Api.as(port, user).get("/api/analytics/overview?" + query);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	private void waitFor(String user, Predicate<JsonNode> done) throws Exception {
		for (int attempt = 0; attempt < 150; attempt++) {
			if (done.test(overview(user, WINDOW))) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the aggregates did not catch up: " + overview(user, WINDOW));
	}

	private static OperationPlan plan(String name) {
		return new OperationPlan(name + "-" + System.nanoTime(), OperationType.JCO_REGIONAL, "DK-CUSTOMS", "DK",
				Set.of("FI"), Set.of(), Competence.EXCLUSIVE_EU, PolicyDomain.CUSTOMS, "ocu@example.eu", null,
				Set.of("CIGARETTES"), Set.of("ROAD"), Set.of(),
				List.of(new Phase(LocalDate.of(YEAR, 4, 1), LocalDate.of(YEAR, 4, 20))), "Figures test objectives");
	}
}
