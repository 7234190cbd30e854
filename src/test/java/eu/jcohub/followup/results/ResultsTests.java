package eu.jcohub.followup.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import eu.jcohub.access.OperationRoles;
import eu.jcohub.followup.cases.CaseFixture;
import eu.jcohub.followup.internal.ReportFigureStore;
import eu.jcohub.operations.OperationStatus;
import eu.jcohub.operations.OperationStatusChanged;
import eu.jcohub.support.Api;
import eu.jcohub.support.FormSession;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.TestAccounts;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * An operation's results as of two dates: the moment it enters its debriefing is kept, and a conviction recorded
 * after it adds to today's results and not to the debriefing's.
 */
@IntegrationTest
class ResultsTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ReportFigureStore figures;

	@Autowired
	OperationRoles roles;

	@Autowired
	Results results;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aConvictionRecordedAfterTheDebriefingChangesTodaysResultsButNotTheDebriefings() throws Exception {
		var fixture = new CaseFixture(port, accounts, figures, roles);
		var operation = fixture.operation("RESULTS " + System.nanoTime());
		var before = Instant.now().minus(2, ChronoUnit.DAYS);
		var report = fixture.seizure(operation, "2500.00", before);
		var id = fixture.openCase(report);
		assertThat(fixture.event(fixture.policeFi(), id, "{\"type\":\"PENALTY_IMPOSED\",\"on\":\"2026-05-01\",\"amountEur\":300}")
			.status()).isEqualTo(201);

		var debriefing = Instant.now();
		transactions.executeWithoutResult(status -> events.publishEvent(new OperationStatusChanged(operation, "RESULTS",
				OperationStatus.OPERATIONAL, OperationStatus.DEBRIEFING, "Last phase closed.", "t.leader.dk", debriefing)));
		for (int wait = 0; wait < 100 && results.debriefing(operation).isEmpty(); wait++) {
			Thread.sleep(100);
		}
		assertThat(results.debriefing(operation)).isPresent();
		Thread.sleep(5);
		// Months later (as JCO Hub counts: after the debriefing's moment) the court convicts and duties are recovered.
		assertThat(fixture.event(fixture.policeFi(), id, """
				{"type":"COURT_DECISION","on":"2026-09-01","convicted":true,"personsCount":1}""").status()).isEqualTo(201);
		assertThat(fixture.event(fixture.policeFi(), id, "{\"type\":\"DUTIES_RECOVERED\",\"on\":\"2026-09-15\",\"amountEur\":99.99}")
			.status()).isEqualTo(201);

		var today = Api.as(port, accounts.leaderDk()).get("/api/operations/" + operation + "/results").json();
		assertThat(today.get("figures").get("cases").get("convictions").asInt()).isEqualTo(1);
		assertThat(amount(today.get("figures").get("cases").get("recoveredEur"))).isEqualTo("99.99");
		assertThat(today.get("atDebriefing").get("cases").get("convictions").asInt()).isZero();
		assertThat(amount(today.get("atDebriefing").get("cases").get("recoveredEur"))).isEqualTo("0.00");
		assertThat(amount(today.get("atDebriefing").get("cases").get("penaltiesEur"))).isEqualTo("300.00");
		assertThat(today.get("atDebriefing").get("operational").get("seizures").asInt()).isEqualTo(1);
		assertThat(today.get("addedSinceDebriefing").get("cases").get("convictions").asInt()).isEqualTo(1);
		assertThat(today.get("addedSinceDebriefing").get("operational").get("seizures").asInt()).isZero();

		// As of the day before the report was validated, nothing had been counted yet.
		var dayBefore = before.minus(1, ChronoUnit.DAYS).atZone(java.time.ZoneOffset.UTC).toLocalDate();
		var earlier = Api.as(port, accounts.leaderDk()).get("/api/operations/" + operation + "/results?asOf=" + dayBefore)
			.json();
		assertThat(earlier.get("figures").get("operational").get("reports").asInt()).isZero();
		assertThat(earlier.get("figures").get("cases").get("cases").asInt()).isZero();

		// The results page shows the growth, for those who may read the operation, the secretariat included.
		var page = FormSession.signedIn(port, accounts.secretariat()).get("/operations/" + operation + "/results");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Added since the debriefing");
		assertThat(page.body().replaceAll("\\s+", " ")).containsPattern("id=\"row-results-convictions\".*?>\\+1<");
		assertThat(Api.as(port, accounts.coordinatorPt()).get("/api/operations/" + operation + "/results").status())
			.isEqualTo(403);

		// The debriefing pack, made today, counts the cases' outcomes in a chapter of their own.
		var pdf = Api.as(port, accounts.leaderDk()).get("/api/operations/" + operation + "/debriefing-pack.pdf");
		assertThat(pdf.status()).isEqualTo(200);
		var text = new StringBuilder();
		try (var reader = new PdfReader(pdf.bytes())) {
			for (int number = 1; number <= reader.getNumberOfPages(); number++) {
				text.append(new PdfTextExtractor(reader).getTextFromPage(number)).append('\n');
			}
		}
		assertThat(text.toString()).contains("Outcomes of the investigation cases", "One investigation case was opened")
			.containsPattern("Convictions\\s+1").containsPattern("Duties and taxes recovered \\(euro\\)\\s*99\\.99");
	}

	private static String amount(JsonNode node) {
		return new java.math.BigDecimal(node.toString()).setScale(2).toPlainString();
	}
}
