package eu.jcohub.followup.cases;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.access.OperationRoles;
import eu.jcohub.followup.internal.ReportFigureStore;
import eu.jcohub.support.Api;
import eu.jcohub.support.FormSession;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.TestAccounts;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Investigation cases through the API: opened only from a validated report's infringement, a timeline of events
 * with amounts in euro and dates from the opening on, bad input refused with nothing saved, and read only by those
 * concerned, the persons' names by the investigating organisation alone.
 */
@IntegrationTest
class InvestigationCasesTests {

	private static final String CONVICTION = """
			{"type":"COURT_DECISION","on":"2026-09-01","convicted":true,"personsCount":1,"persons":"Matti Example-Suspect"}""";

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ReportFigureStore figures;

	@Autowired
	OperationRoles roles;

	CaseFixture fixture;

	@BeforeEach
	void fixture() {
		fixture = new CaseFixture(port, accounts, figures, roles);
	}

	@Test
	void anInfringementInAValidatedReportBecomesACaseWithATimelineInEuro() {
		var operation = fixture.operation("CASE TIMELINE " + System.nanoTime());
		var report = fixture.seizure(operation, "5000.00", Instant.now());
		var id = fixture.openCase(report);
		var police = fixture.policeFi();

		assertThat(fixture.event(police, id, """
				{"type":"SUSPECTS_CHARGED","on":"2026-04-01","personsCount":2,"persons":"Matti Example-Suspect, Liisa Example"}""")
			.status()).isEqualTo(201);
		assertThat(fixture.event(police, id, "{\"type\":\"PENALTY_IMPOSED\",\"on\":\"2026-09-02\",\"amountEur\":12500.5}")
			.status()).isEqualTo(201);
		var closed = fixture.event(accounts.coordinatorFi(), id, "{\"type\":\"CLOSED\",\"on\":\"2026-10-01\"}");
		assertThat(closed.status()).as(closed.body()).isEqualTo(201);

		var read = Api.as(port, police).get("/api/cases/" + id).json();
		assertThat(read.get("owner").asString()).isEqualTo("FI-POLICE");
		assertThat(read.get("investigatedBy").asString()).isEqualTo("Helsinki economic crime unit");
		assertThat(read.get("closedOn").asString()).isEqualTo("2026-10-01");
		assertThat(read.get("events").valueStream().map(e -> e.get("type").asString()).toList())
			.containsExactly("OPENED", "SUSPECTS_CHARGED", "PENALTY_IMPOSED", "CLOSED");
		assertThat(new java.math.BigDecimal(read.get("events").get(2).get("amountEur").toString())).isEqualByComparingTo("12500.50");
		var listed = Api.as(port, police).get("/api/cases?operation=" + operation + "&status=CLOSED").json();
		assertThat(listed.valueStream().map(c -> c.get("id").asString()).toList()).containsExactly(id);
		assertThat(Api.as(port, police).get("/api/cases?operation=" + operation + "&status=OPEN").json().size()).isZero();

		var afterClosing = fixture.event(police, id, "{\"type\":\"DUTIES_RECOVERED\",\"on\":\"2026-10-02\",\"amountEur\":10}");
		assertThat(afterClosing.status()).isEqualTo(409);
	}

	@Test
	void aReportNotValidatedOrWithoutInfringementCannotBecomeACaseAndNothingIsSaved() {
		var operation = fixture.operation("CASE REFUSED " + System.nanoTime());
		var body = "{\"kind\":\"CRIMINAL\",\"owner\":\"FI-POLICE\",\"openedOn\":\"2026-03-10\"}";
		var coordinator = Api.as(port, accounts.coordinatorFi());

		var notValidated = coordinator.post("/api/reports/" + UUID.randomUUID() + "/cases", body);
		assertThat(notValidated.status()).isEqualTo(409);
		assertThat(notValidated.contentType()).contains("application/problem+json");
		assertThat(notValidated.body()).contains("Only a report validated");
		var noInfringement = coordinator.post("/api/reports/" + fixture.clearControl(operation) + "/cases", body);
		assertThat(noInfringement.status()).isEqualTo(409);
		assertThat(noInfringement.body()).contains("no infringement");

		var report = fixture.seizure(operation, "10.00", Instant.now());
		var badOwner = coordinator.post("/api/reports/" + report + "/cases",
				"{\"kind\":\"SOMETIMES\",\"owner\":\"DE-POLICE\",\"openedOn\":\"2026-02-01\"}");
		assertThat(badOwner.status()).isEqualTo(422);
		assertThat(badOwner.json().get("errors").propertyNames()).contains("kind", "owner", "openedOn");

		assertThat(coordinator.get("/api/cases?operation=" + operation).json().size()).isZero();
	}

	@Test
	void anEventBeforeTheOpeningANegativeAmountOrMoreThanCentsIsRefusedAndNothingIsSaved() {
		var operation = fixture.operation("CASE BAD EVENTS " + System.nanoTime());
		var id = fixture.openCase(fixture.seizure(operation, "10.00", Instant.now()));
		var police = fixture.policeFi();

		var early = fixture.event(police, id, "{\"type\":\"ASSETS_SEIZED\",\"on\":\"2026-03-09\",\"amountEur\":100}");
		assertThat(early.status()).isEqualTo(422);
		assertThat(early.json().get("errors").get("on").asString()).contains("before the case opened");
		var negative = fixture.event(police, id, "{\"type\":\"PENALTY_IMPOSED\",\"on\":\"2026-04-01\",\"amountEur\":-1}");
		assertThat(negative.status()).isEqualTo(422);
		assertThat(negative.json().get("errors").get("amountEur").asString()).contains("negative");
		var fractions = fixture.event(police, id, "{\"type\":\"DUTIES_RECOVERED\",\"on\":\"2026-04-01\",\"amountEur\":10.005}");
		assertThat(fractions.status()).isEqualTo(422);
		assertThat(fractions.json().get("errors").get("amountEur").asString()).contains("two decimals");
		var undecided = fixture.event(police, id, "{\"type\":\"COURT_DECISION\",\"on\":\"2026-04-01\"}");
		assertThat(undecided.status()).isEqualTo(422);
		assertThat(undecided.json().get("errors").propertyNames()).contains("convicted");

		var read = Api.as(port, police).get("/api/cases/" + id).json();
		assertThat(read.get("events").size()).isEqualTo(1);
	}

	@Test
	void theEventFormShowsEachErrorNextToItsFieldAndKeepsWhatWasTyped() {
		var operation = fixture.operation("CASE FORM " + System.nanoTime());
		var id = fixture.openCase(fixture.seizure(operation, "10.00", Instant.now()));
		var police = FormSession.signedIn(port, fixture.policeFi());
		police.get("/cases/" + id);

		var refused = police.post("/cases/" + id, "/cases/" + id + "/events", java.util.Map.of("type", "PENALTY_IMPOSED",
				"on", "2026-03-01", "amountEur", "-12.345", "personsCount", "", "persons", "", "note", "Fine by the court"));

		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("id=\"on-error\"").contains("before the case opened")
			.contains("id=\"amountEur-error\"").contains("cannot be negative").contains("value=\"-12.345\"")
			.contains("Fine by the court");
		assertThat(Api.as(port, fixture.policeFi()).get("/api/cases/" + id).json().get("events").size()).isEqualTo(1);
	}

	@Test
	void aCaseIsReadByThoseConcernedAndItsPersonsByTheInvestigatorsOnly() {
		var operation = fixture.operation("CASE ACCESS " + System.nanoTime());
		var id = fixture.openCase(fixture.seizure(operation, "10.00", Instant.now()));
		var police = fixture.policeFi();
		assertThat(fixture.event(police, id, CONVICTION).status()).isEqualTo(201);

		assertThat(Api.as(port, police).get("/api/cases/" + id).body()).contains("Matti Example-Suspect");
		// The administration whose report started it, and the operation's leader, read the case without the names.
		for (var reader : new String[] { accounts.coordinatorFi(), accounts.leaderDk() }) {
			var read = Api.as(port, reader).get("/api/cases/" + id);
			assertThat(read.status()).as(reader).isEqualTo(200);
			assertThat(read.body()).as(reader).contains("COURT_DECISION").doesNotContain("Matti Example-Suspect");
			assertThat(read.json().get("personalDataShown").asBoolean()).isFalse();
		}
		// Law-enforcement information is not for everyone who sees the operation: not another administration, not
		// the secretariat (it counts cases, it does not read them), not a field officer.
		for (var outsider : new String[] { accounts.coordinatorPt(), accounts.secretariat(), fixture.officerFi() }) {
			assertThat(Api.as(port, outsider).get("/api/cases/" + id).status()).as(outsider).isEqualTo(403);
			assertThat(Api.as(port, outsider).get("/api/cases?operation=" + operation).body()).as(outsider)
				.doesNotContain(id);
		}
		// Events are recorded by the investigators and by the report's national coordinator, not by the leader.
		var byLeader = fixture.event(accounts.leaderDk(), id, "{\"type\":\"CLOSED\",\"on\":\"2026-10-01\"}");
		assertThat(byLeader.status()).isEqualTo(403);
		// Opening a case is for the report's administration or the leader, not another administration.
		var other = Api.as(port, accounts.coordinatorPt()).post("/api/reports/" + fixture.seizure(operation, "1.00",
				Instant.now()) + "/cases", "{\"kind\":\"CRIMINAL\",\"owner\":\"FI-POLICE\",\"openedOn\":\"2026-03-10\"}");
		assertThat(other.status()).isEqualTo(403);
	}
}
