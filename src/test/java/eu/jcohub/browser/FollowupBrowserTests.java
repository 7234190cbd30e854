package eu.jcohub.browser;

import static eu.jcohub.seizures.FieldReporting.COORDINATOR_FI;
import static eu.jcohub.seizures.FieldReporting.LEADER;
import static eu.jcohub.seizures.FieldReporting.OCU;
import static eu.jcohub.seizures.FieldReporting.OFFICER_FI;
import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.access.OperationRole;
import eu.jcohub.access.OperationRoles;
import eu.jcohub.seizures.FieldReporting;
import eu.jcohub.shared.OperationId;
import eu.jcohub.support.Api;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.Plans;
import eu.jcohub.support.TestAccounts;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Follow-up in headless Chromium, with its own form validation on: a case opened from a validated report, an
 * event on its timeline counted on the operation's results; the threat-assessment draft of reports that make
 * suggestions, one edited and copied into the next operation's risk profiles; and the debriefing pack downloaded.
 * Every page on the way is checked by axe-core (see {@link Browser}).
 */
@IntegrationTest
class FollowupBrowserTests {

	@RegisterExtension
	final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	OperationRoles roles;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCaseOpenedFromAValidatedReportGetsAnEventThatTheResultsCount() {
		var operation = FieldReporting.running(port, accounts, roles, jdbc);
		var report = validated(operation, operation.seizure(OFFICER_FI, FieldReporting.key(), ",\"valueEur\":2500"));

		var coordinator = browser.open(port);
		coordinator.signIn(COORDINATOR_FI, TestAccounts.PASSWORD);
		coordinator.get("/reports/" + report);
		coordinator.click("open-case");
		coordinator.visible(By.id("case-form"));
		coordinator.click("kind-ADMINISTRATIVE");
		coordinator.select("owner", "FI-CUSTOMS");
		coordinator.type("investigatedBy", "Helsinki customs investigations");
		coordinator.click("case-submit");
		coordinator.visible(By.id("event-form"));
		assertThat(coordinator.path()).startsWith("/cases/");

		coordinator.select("type", "PENALTY_IMPOSED");
		coordinator.date("on", LocalDate.now(ZoneOffset.UTC).toString());
		coordinator.type("amountEur", "1500");
		coordinator.click("event-submit");
		coordinator.visible(By.id("recorded"));
		assertThat(coordinator.visible(By.id("timeline-table")).getText()).contains("1,500.00");

		coordinator.get("/operations/" + operation.operationId + "/results");
		assertThat(coordinator.visible(By.id("row-results-cases")).getText()).endsWith("1");
		assertThat(coordinator.visible(By.id("row-results-penaltiesEur")).getText()).contains("1,500.00");
		coordinator.click("operation-cases");
		assertThat(coordinator.visible(By.id("case-operation")).getText()).contains("Cases started from FR-");
		assertThat(coordinator.visible(By.id("cases-table")).findElements(By.cssSelector("tbody tr"))).hasSize(1);
	}

	@Test
	void theLeaderEditsASuggestedProfileCopiesItIntoTheNextOperationAndDownloadsTheDebriefingPack() {
		var operation = FieldReporting.running(port, accounts, roles, jdbc);
		// Two seizures from Türkiye behind the same false wall, no profile naming either: two suggestions.
		for (var concealment : List.of("Behind a false wall", "behind a  false wall")) {
			validated(operation, operation.seizure(OFFICER_FI, FieldReporting.key(), """
					,"transportMode":"ROAD","routeFrom":"TR","routeTo":"FI","concealment":"%s\"""".formatted(concealment)));
		}
		var next = nextOperation();

		var leader = browser.open(port);
		leader.signIn(LEADER, TestAccounts.PASSWORD);
		leader.get("/operations/" + operation.operationId + "/debriefing");
		leader.click("ta-open");
		var suggestions = leader.visible(By.id("suggestions")).getText();
		assertThat(suggestions).contains("New profile: Cigarettes, Türkiye → Finland", "Rule “route without a profile”")
			.containsPattern("New profile: Cigarettes, [Bb]ehind a false wall");

		leader.script("document.getElementById('suggestion-0').scrollIntoView()");
		leader.screenshot(java.nio.file.Path.of("/tmp/jcohub-threat-assessment-suggestions.png"));
		leader.size(390, 844);
		leader.script("document.getElementById('suggestion-0').scrollIntoView()");
		leader.screenshot(java.nio.file.Path.of("/tmp/jcohub-threat-assessment-suggestions-390.png"));
		leader.size(1366, 900);
		leader.type("name-0", "Cigarettes in false walls from Türkiye");
		leader.select("mode-0", "MARITIME_RORO");
		leader.click(By.cssSelector("#suggestion-0 button[value=save]"));
		leader.visible(By.id("saved"));
		assertThat(leader.visible(By.id("suggestion-0")).getText()).contains("Edited by the analyst");

		leader.check("copy-0");
		leader.select("to", next.toString());
		leader.click(By.cssSelector("button[form=copy]"));
		assertThat(leader.visible(By.id("copied")).getText()).isEqualTo("One risk profile was created on the chosen operation.");
		var profiles = Api.as(port, LEADER).get("/api/operations/" + next + "/risk-profiles");
		assertThat(profiles.body()).contains("Cigarettes in false walls from Türkiye", "MARITIME_RORO");

		leader.get("/operations/" + operation.operationId + "/debriefing");
		var href = leader.visible(By.id("pack-pdf")).getAttribute("href");
		@SuppressWarnings("unchecked")
		var pack = (Map<String, Object>) ((JavascriptExecutor) leader.driver()).executeAsyncScript("""
						var done = arguments[arguments.length - 1];
						fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done({status: r.status,
							type: r.headers.get('content-type'), disposition: r.headers.get('content-disposition'),
							start: String.fromCharCode.apply(null, new Uint8Array(b.slice(0, 5))), size: b.byteLength})));""",
						href);
		assertThat(pack).containsEntry("status", 200L).containsEntry("start", "%PDF-");
		assertThat((String) pack.get("type")).startsWith("application/pdf");
		assertThat((String) pack.get("disposition")).contains("attachment");
	}

	private static String validated(FieldReporting operation, String report) {
		var validated = operation.api(OCU).post("/api/reports/" + report + "/validate", "{}");
		assertThat(validated.status()).as(validated.body()).isEqualTo(200);
		return report;
	}

	/** A Danish operation a month later, led by the same leader: where the suggestions can go. */
	private OperationId nextOperation() {
		var start = LocalDate.now(ZoneOffset.UTC).plusDays(40);
		var created = Api.as(port, LEADER).post("/api/operations", Plans.json("FR-NEXT-" + System.nanoTime(), "DK-CUSTOMS",
				"DK", List.of("FI"), List.of("CIGARETTES"), List.of("ROAD", "MARITIME_RORO"), start, start.plusDays(10)));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		var id = OperationId.of(UUID.fromString(created.json().get("id").asText()));
		roles.assign(id, LEADER, OperationRole.LEADER);
		return id;
	}
}
