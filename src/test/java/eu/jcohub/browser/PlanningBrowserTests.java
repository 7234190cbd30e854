package eu.jcohub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.access.Role;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.TestAccounts;
import java.nio.file.Path;
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
			.contains("not yet tracked");
		window.screenshot(Path.of("/tmp/jcohub-planning-board.png"));
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
