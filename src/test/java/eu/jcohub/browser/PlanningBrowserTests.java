package eu.jcohub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.access.Role;
import eu.jcohub.support.Api;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.Plans;
import eu.jcohub.support.TestAccounts;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Planning in headless Chromium: a leader creates an operation, starts its checklist from a template and invites
 * two administrations; one national coordinator accepts from the inbox, naming a border point, the other declines
 * with a reason from the list; the leader sees both answers and the facilitator board shows them. Every page passes
 * axe-core (through {@link Browser}).
 */
@IntegrationTest
class PlanningBrowserTests {

	@RegisterExtension
	final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Test
	void aLeaderPlansFromATemplateInvitesTwoAdministrationsAndTheBoardShowsTheirAnswers() {
		var leader = accounts.ensure("t.pb.leader.dk", "DK-CUSTOMS", Role.OPERATION_LEADER);
		var finn = accounts.ensure("t.pb.coordinator.fi", "FI-CUSTOMS", Role.NATIONAL_COORDINATOR);
		var german = accounts.ensure("t.pb.coordinator.de", "DE-CUSTOMS", Role.NATIONAL_COORDINATOR);
		var facilitator = accounts.ensure("t.pb.facilitator", "FACILITATION", Role.FACILITATOR);
		var name = "BROWSER LANTERN " + System.nanoTime() % 100_000;
		var window = browser.open(port);
		var driver = window.driver();
		var wait = window.waiting();

		signIn(window, leader);
		window.get("/operations/new");
		window.type("name", name);
		window.click("participant-FI");
		window.click("participant-DE");
		window.click("risk-CIGARETTES");
		window.click("mode-ROAD");
		window.date("phase1Start", "2044-05-02");
		window.date("phase1End", "2044-05-11");
		window.click("save-operation");
		wait.until(ExpectedConditions.urlMatches(".*/operations/[0-9a-f-]{36}$"));
		var operation = window.path();

		assertThat(new Select(driver.findElement(By.id("checklist-template"))).getFirstSelectedOption().getText())
			.startsWith("Regional JCO");
		window.click("checklist-start-button");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("checklist-summary"), "14 tasks"));
		assertThat(driver.findElement(By.id("checklist-tasks")).getText()).contains("Invitation to the administrations sent")
			.contains("2 Mar 2044");

		// The plan's participants come first among the administrations to invite, ticked already.
		var choices = driver.findElements(By.cssSelector("#invite-organisations input[type=checkbox]"));
		assertThat(choices.subList(0, 2)).extracting(choice -> choice.getAttribute("value"))
			.containsExactlyInAnyOrder("FI-CUSTOMS", "DE-CUSTOMS");
		assertThat(choices).filteredOn(WebElement::isSelected).extracting(choice -> choice.getAttribute("value"))
			.containsExactlyInAnyOrder("FI-CUSTOMS", "DE-CUSTOMS");
		assertThat(driver.findElement(By.cssSelector("label[for=invite-FI-CUSTOMS]")).getText())
			.isEqualTo("Finland customs administration");
		window.type("invite-message", "Please confirm by the end of the month.");
		window.click("invite-button");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("invitations-summary"),
				"2 invited: 0 accepted, 0 declined, 2 open"));
		window.screenshot(Path.of("/tmp/jcohub-planning-invited.png"));

		answer(window, finn, name);
		window.type("contactPoints", "Juha Virtanen, FI Customs, +358 00 000 0000");
		window.check("bp-BCP-FI-VAALIMAA");
		window.click("accept");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("invitation-state"), "Accepted"));

		answer(window, german, name);
		window.select("reason", "NO_RESOURCES");
		window.type("note", "Our teams are at the Baltic ports that month.");
		window.click("decline");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("invitation-state"), "Declined"));

		signIn(window, leader);
		window.get(operation);
		assertThat(driver.findElement(By.id("invitations-summary")).getText())
			.isEqualTo("2 invited: 1 accepted, 1 declined, 0 open");
		assertThat(driver.findElement(By.id("invitation-FI-CUSTOMS")).getText()).contains("Accepted")
			.contains("Juha Virtanen").contains("Vaalimaa");
		assertThat(driver.findElement(By.id("invitation-DE-CUSTOMS")).getText()).contains("Declined")
			.contains("No resources").contains("Baltic ports");

		signIn(window, facilitator);
		window.click("nav-board");
		var row = wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.cssSelector("#board tr[data-operation='" + name + "']")));
		assertThat(row.getText()).contains("Proposal").contains("0 open · 1 accepted · 1 declined")
			.contains("No budget yet");
		window.screenshot(Path.of("/tmp/jcohub-planning-board.png"));
	}

	@Test
	void aLeaderTakesAProposalIntoPreparationThroughThePages() {
		var leader = accounts.ensure("t.pb.leader.dk", "DK-CUSTOMS", Role.OPERATION_LEADER);
		var finn = accounts.ensure("t.pb.coordinator.fi", "FI-CUSTOMS", Role.NATIONAL_COORDINATOR);
		var secretariat = accounts.secretariat();
		var name = "BROWSER BEACON " + System.nanoTime() % 100_000;
		var id = Api.as(port, leader).post("/api/operations", Plans.json(name, "DK-CUSTOMS", "DK", List.of("FI"),
				List.of("CIGARETTES"), List.of("ROAD"), LocalDate.of(2045, 6, 5), LocalDate.of(2045, 6, 14)))
			.json().get("id").asString();
		var operation = "/operations/" + id;
		var window = browser.open(port);
		var driver = window.driver();
		var wait = window.waiting();

		signIn(window, leader);
		window.get(operation);
		assertThat(text(window, "lifecycle-status")).isEqualTo("Proposal");
		assertThat(text(window, "step-BUSINESS_CASE")).contains("No business case has been written yet")
			.contains("No measurable objective has been set");

		window.click("business-case-link");
		window.type("threatBasis", "Cigarettes hidden in lorries on the Øresund bridge.");
		window.type("threatAssessment", "OCTA 2044");
		window.type("budgetEstimateEur", "90000");
		window.click("save-business-case");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("business-case-state"), "Draft"));

		window.get(operation + "/objectives");
		window.type("objectives[0].description", "Control the lorries the risk profiles select");
		window.select("objectives[0].metric", "CONTROLS");
		window.type("objectives[0].target", "500");
		window.click("save-objectives");
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("objectives-list")));
		window.click(By.cssSelector("#step-BUSINESS_CASE button[type=submit]"));
		wait.until(ExpectedConditions.textToBe(By.id("lifecycle-status"), "Business case"));

		signIn(window, secretariat);
		window.get(operation + "/business-case");
		window.type("approve-comments", "Fits the working party's priorities.");
		window.click("approve");
		wait.until(ExpectedConditions.textToBe(By.id("lifecycle-status"), "Funding"));

		signIn(window, leader);
		window.get(operation);
		assertThat(text(window, "step-PREPARATION")).contains("No confirmed participant");
		window.click("invite-button");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("invitations-summary"),
				"1 invited: 0 accepted, 0 declined, 1 open"));

		answer(window, finn, name);
		window.type("contactPoints", "Juha Virtanen, FI Customs, +358 00 000 0000");
		window.check("bp-BCP-FI-VAALIMAA");
		window.click("accept");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("invitation-state"), "Accepted"));

		signIn(window, leader);
		window.get(operation);
		assertThat(text(window, "step-PREPARATION")).contains("The operation is not funded yet");
		window.get(operation + "/funding");
		window.check("selfFunded");
		window.type("note", "The Danish customs administration pays it.");
		window.click("save-self-funding");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("self-funded")));
		window.get(operation);
		window.type("reason-PREPARATION", "Self-funded by the Danish customs administration.");
		window.click(By.cssSelector("#step-PREPARATION button[type=submit]"));
		wait.until(ExpectedConditions.textToBe(By.id("lifecycle-status"), "Preparation"));
		window.click(By.cssSelector("#lifecycle-history > summary"));
		assertThat(text(window, "lifecycle-history")).contains("Proposal → Business case")
			.contains("Business case → Funding").contains("Fits the working party's priorities.")
			.contains("Funding → Preparation").contains("Self-funded by the Danish customs administration.");
		window.screenshot(Path.of("/tmp/jcohub-planning-preparation.png"));
	}

	private static String text(BrowserWindow window, String id) {
		return window.driver().findElement(By.id(id)).getText();
	}

	/** Signs in as a national coordinator and opens their administration's invitation to the operation. */
	private void answer(BrowserWindow window, String coordinator, String operation) {
		signIn(window, coordinator);
		window.click("nav-invitations");
		window.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("inbox")));
		window.click(By.linkText(operation));
		window.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("accept-form")));
	}

	private static void signIn(BrowserWindow window, String username) {
		window.driver().manage().deleteAllCookies();
		window.signIn(username, TestAccounts.PASSWORD);
	}
}
