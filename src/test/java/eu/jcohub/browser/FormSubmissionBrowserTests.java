package eu.jcohub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.access.Role;
import eu.jcohub.accounts.TotpSecret;
import eu.jcohub.support.Api;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.Plans;
import eu.jcohub.support.TestAccounts;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Forms as Chromium sends them, with its own validation on: each is sent once with what a user would type and
 * does what it says, and is stopped by the browser, with the browser's message and nothing sent, when a required
 * field is left empty. Every page on the way is checked by axe-core (see {@link Browser}).
 */
@IntegrationTest
class FormSubmissionBrowserTests {

	@RegisterExtension
	final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Test
	void aUserChangesTheirPasswordSetsUpTheirAuthenticatorAndIssuesAndRevokesAToken() {
		var user = accounts.ensure("t.forms.account." + System.nanoTime(), "DK-CUSTOMS", Role.ANALYST);
		var window = browser.open(port);
		window.size(390, 844);
		window.signIn(user, TestAccounts.PASSWORD);

		window.get("/account");
		stoppedByTheBrowser(window, "current", By.cssSelector("form[action='/account/password'] button[type=submit]"));
		window.type("current", TestAccounts.PASSWORD);
		window.type("password", "a new and longer passphrase");
		window.type("repeat", "a new and longer passphrase");
		window.click(By.cssSelector("form[action='/account/password'] button[type=submit]"));
		window.waiting().until(ExpectedConditions.urlContains("passwordChanged"));
		assertThat(window.driver().findElement(By.id("main")).getText()).contains("Your password has been changed.");

		window.get("/account/two-factor");
		stoppedByTheBrowser(window, "code", By.cssSelector("form[action='/account/two-factor'] button[type=submit]"));
		var secret = window.driver().findElement(By.id("totp-secret")).getText().replace(" ", "");
		window.type("code", TotpSecret.ofBase32(secret).codeAt(Instant.now()));
		window.click(By.cssSelector("form[action='/account/two-factor'] button[type=submit]"));
		window.waiting().until(ExpectedConditions.urlContains("secondFactorEnabled"));
		assertThat(window.driver().findElement(By.id("second-factor-status")).getText()).contains("on");

		window.get("/account/tokens");
		stoppedByTheBrowser(window, "name", By.cssSelector("form[action='/account/tokens'] button[type=submit]"));
		window.type("name", "Spreadsheet link");
		window.click("scope-read");
		window.click(By.cssSelector("form[action='/account/tokens'] button[type=submit]"));
		var token = window.visible(By.id("issued-token"));
		assertThat(token.getDomProperty("value")).isNotBlank();
		assertThat(window.driver().findElement(By.id("issued-heading")).getText()).contains("Spreadsheet link");
		window.click(By.cssSelector("form[action$='/revoke'] button[type=submit]"));
		window.waiting().until(ExpectedConditions.urlContains("revoked"));
		assertThat(window.driver().findElement(By.id("main")).getText()).contains("The token is revoked");
	}

	@Test
	void aCoordinatorChangesARetentionPeriodAndSearchesTheirRecordsForAPerson() {
		var coordinator = accounts.ensure("t.forms.coordinator.se", "SE-CUSTOMS", Role.NATIONAL_COORDINATOR);
		var window = browser.open(port);
		window.signIn(coordinator, TestAccounts.PASSWORD);

		window.get("/data-protection");
		window.type("years-PERSON", "7");
		window.click(By.cssSelector("#retention-rules form:has(#years-PERSON) button[type=submit]"));
		window.waiting().until(d -> d.findElement(By.id("main")).getText().contains("The retention period was changed."));
		assertThat(window.driver().findElement(By.id("years-PERSON")).getDomProperty("value")).isEqualTo("7");

		window.size(390, 844);
		window.type("name", "Nobody Searched");
		window.click(By.cssSelector("#subject-search button[type=submit]"));
		window.waiting().until(ExpectedConditions.urlContains("name=Nobody+Searched"));
		assertThat(window.driver().findElement(By.id("mentions-count")).getText()).isNotBlank();
	}

	@Test
	void aLeaderRevisesAnOperationRecordsHowAConflictWasResolvedAndImportsAPlan() throws Exception {
		var leader = accounts.leaderDk();
		var api = Api.as(port, leader);
		var first = api.post("/api/operations", Plans.json("FORMS QUAY " + System.nanoTime(), "DK-CUSTOMS", "DK",
				List.of("SE"), List.of("CIGARETTES"), List.of("ROAD"), LocalDate.of(2044, 3, 2), LocalDate.of(2044, 3, 12)))
			.json().get("id").asString();
		var second = api.post("/api/operations", Plans.json("FORMS PIER " + System.nanoTime(), "DK-CUSTOMS", "DK",
				List.of("SE"), List.of("CIGARETTES"), List.of("ROAD"), LocalDate.of(2044, 3, 5), LocalDate.of(2044, 3, 15)))
			.json().get("id").asString();
		var window = browser.open(port);
		window.signIn(leader, TestAccounts.PASSWORD);

		window.get("/operations/" + first + "/edit");
		stoppedByTheBrowser(window, "name", By.id("save-operation"));
		window.type("name", "FORMS QUAY REVISED");
		window.click("save-operation");
		window.waiting().until(ExpectedConditions.urlMatches(".*/operations/" + first + "$"));
		assertThat(window.driver().findElement(By.tagName("h1")).getText()).contains("FORMS QUAY REVISED");

		var kind = By.id("kind-" + second);
		stoppedByTheBrowser(window, "kind-" + second,
				By.cssSelector("form[action$='/conflicts/" + second + "/resolution'] button[type=submit]"));
		window.select("kind-" + second, "RUN_JOINTLY");
		window.type("note-" + second, "One team at the border for both");
		window.click(By.cssSelector("form[action$='/conflicts/" + second + "/resolution'] button[type=submit]"));
		window.waiting().until(d -> d.findElement(By.id("conflicts")).getText().contains("One team at the border for both"));
		assertThat(window.driver().findElements(kind)).as("the form now offers to change the resolution").isNotEmpty();

		window.size(390, 844);
		window.get("/exchange");
		stoppedByTheBrowser(window, "file", By.cssSelector("form[action='/exchange/import'] button[type=submit]"));
		var file = Files.createTempFile("plans", ".csv");
		try {
			Files.writeString(file, "id,name,type,organiser,leadCountry,participants,partnerOrganisations,competence,domain,"
					+ "contactPoint,riskAreas,transportModes,locations,phase1Start,phase1End,phase2Start,phase2End,objectives\r\n"
					+ "DK-44-1,FORMS IMPORTED,NATIONAL,DK-CUSTOMS,DK,DK,,,,,CIGARETTES,ROAD,,2044-06-01,2044-06-05,,,\r\n");
			window.driver().findElement(By.id("file")).sendKeys(file.toString());
			window.click(By.cssSelector("form[action='/exchange/import'] button[type=submit]"));
			var report = window.visible(By.id("report-heading"));
			assertThat(report.getText()).contains(file.getFileName().toString());
			assertThat(window.driver().findElement(By.id("main")).getText()).contains("FORMS IMPORTED");
		}
		finally {
			Files.deleteIfExists(file);
		}

		// The calendar feed's address comes in place, without a new page: checked as it is then.
		window.click(By.cssSelector("[hx-post$='/exchange/feed-token']"));
		assertThat(window.visible(By.id("feed-url-value")).getDomProperty("value")).contains("/api/calendar.ics");
		window.checkAccessibility();
	}

	@Test
	void anAdministratorSearchesTheAuditTrailByKindAndDays() {
		var admin = accounts.admin("t.forms.admin");
		var window = browser.open(port);
		window.signIn(admin, TestAccounts.PASSWORD, accounts.totpCode(admin));
		window.get("/audit");
		var kinds = new org.openqa.selenium.support.ui.Select(window.driver().findElement(By.id("entityType")));
		assertThat(kinds.getOptions()).hasSizeGreaterThan(1);
		kinds.selectByIndex(1);
		window.date("from", LocalDate.now().minusDays(1).toString());
		window.date("to", LocalDate.now().toString());
		window.click(By.cssSelector("#audit-filters button[type=submit]"));
		window.waiting().until(ExpectedConditions.urlContains("entityType="));
		assertThat(window.driver().findElement(By.id("main")).getText()).isNotBlank();
	}

	/**
	 * Empties the required field and presses the button, as a user would: the browser refuses with its own
	 * message and focuses the field, and the page stays as it was (nothing was sent).
	 */
	private static void stoppedByTheBrowser(BrowserWindow window, String field, By button) {
		var page = window.document();
		var element = window.driver().findElement(By.id(field));
		window.script("arguments[0].value = ''", element);
		window.click(button);
		assertThat(window.document()).as("nothing was sent").isEqualTo(page);
		assertThat(element.getDomProperty("validationMessage")).as("the browser's message for " + field).isNotBlank();
		assertThat(window.script("return document.activeElement === arguments[0]", element))
			.as("the browser took the user to " + field).isEqualTo(true);
	}
}
