package eu.jcohub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.operations.Competence;
import eu.jcohub.operations.OperationPlan;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationType;
import eu.jcohub.operations.Phase;
import eu.jcohub.operations.PolicyDomain;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.TestAccounts;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Ways through JCO Hub in headless Chromium: a planner signs in, finds an existing operation in the calendar,
 * adds an overlapping one, sees the conflict before saving and finds it recorded; an officer on a phone reports
 * a seizure that a participant reads without its person, and sees that read in the report's trail.
 */
@IntegrationTest
class CalendarBrowserTests {

	@RegisterExtension
	final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	OperationRegister register;

	@Test
	void plannerSeesTheConflictBeforeSavingAndOnTheSavedOperation() throws Exception {
		var leader = accounts.leaderDk();
		var existing = accounts.as(leader, () -> register.table(new OperationPlan("BROWSER AMBER",
				OperationType.JCO_REGIONAL, "DK-CUSTOMS", "DK", Set.of("FI"), Set.of(), Competence.EXCLUSIVE_EU,
				PolicyDomain.CUSTOMS, "ocu@example.eu", null, Set.of("CIGARETTES"), Set.of("ROAD"), Set.of(),
				List.of(new Phase(LocalDate.of(2043, 4, 7), LocalDate.of(2043, 4, 16))), "Existing operation")));
		var window = browser.open(port);
		var driver = window.driver();
		var wait = window.waiting();

		window.signIn(leader, TestAccounts.PASSWORD);

		window.get("/calendar?date=2043-04-01");
		var event = wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.cssSelector("a.fc-event[href='/operations/" + existing.id() + "']")));
		assertThat(event.getText()).contains("DK").contains("BROWSER AMBER");
		assertThat(event.getAttribute("aria-label")).contains("BROWSER AMBER – Denmark customs administration – 7 Apr 2043");
		assertThat(driver.findElement(By.id("calendar-legend")).getText()).contains("DK")
			.contains("Denmark customs administration");
		window.screenshot(Path.of("/tmp/jcohub-calendar.png"));

		// The year reads as a year: one row per organiser across twelve months, the operation a bar in its row.
		driver.findElement(By.cssSelector(".fc-yearOverview-button")).click();
		var bar = wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.cssSelector(".hub-year-row a.hub-year-bar[href='/operations/" + existing.id() + "']")));
		var row = bar.findElement(By.xpath("ancestor::li[contains(@class,'hub-year-row')]"));
		assertThat(row.findElement(By.cssSelector(".hub-year-label")).getText()).contains("DK")
			.contains("Denmark customs administration");
		assertThat(driver.findElements(By.cssSelector(".hub-year-month"))).hasSize(12);
		assertThat(driver.findElement(By.id("legend-column")).isDisplayed()).as("the rows name the organisers").isFalse();
		window.checkAccessibility();
		window.screenshot(Path.of("/tmp/jcohub-calendar-year.png"));

		window.get("/operations/new");
		window.type("name", "BROWSER BEACON");
		window.check("participant-FI");
		window.check("risk-CIGARETTES");
		window.check("mode-ROAD");
		window.date("phase1Start", "2043-04-10");
		window.date("phase1End", "2043-04-20");
		window.click("check-conflicts");

		// The preview is replaced on each date change and on the button: always read the newest one.
		wait.ignoring(StaleElementReferenceException.class);
		var previewText = wait.until(d -> {
			var text = d.findElement(By.cssSelector("#conflict-preview .alert")).getText();
			return text.contains("BROWSER AMBER") && text.contains("Risk areas:") ? text : null;
		});
		assertThat(previewText).contains("would conflict").contains("Dates:").contains("Risk areas:");
		wait.until(d -> {
			((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})",
					d.findElement(By.cssSelector("#conflict-preview .alert")));
			return true;
		});
		window.screenshot(Path.of("/tmp/jcohub-form-conflict-preview.png"));
		window.checkAccessibility();

		window.click("save-operation");

		wait.until(ExpectedConditions.urlMatches(".*/operations/[0-9a-f-]{36}$"));
		var page = driver.findElement(By.id("main")).getText();
		assertThat(page).contains("BROWSER BEACON").contains("BROWSER AMBER").contains("Conflicts with other operations");
		assertThat(driver.findElements(By.cssSelector("#conflicts .hub-reasons li"))).isNotEmpty();
		window.screenshot(Path.of("/tmp/jcohub-operation.png"));
	}

	/**
	 * On a phone the menu folds behind a button, and the month is an agenda: each operation once, with its
	 * organiser's code and its dates, nothing cut short.
	 */
	@Test
	void onAPhoneTheMenuFoldsAwayAndTheMonthIsAnAgenda() throws Exception {
		var leader = accounts.leaderDk();
		var operation = accounts.as(leader, () -> register.table(new OperationPlan("BROWSER AGENDA",
				OperationType.NATIONAL, "DK-CUSTOMS", "DK", Set.of("DK"), Set.of(), Competence.EXCLUSIVE_EU,
				PolicyDomain.CUSTOMS, "ocu@example.eu", null, Set.of("CIGARETTES"), Set.of("ROAD"), Set.of(),
				List.of(new Phase(LocalDate.of(2043, 6, 8), LocalDate.of(2043, 6, 19))), "On the agenda")));
		var window = browser.open(port);
		window.size(390, 844);
		var driver = window.driver();
		var wait = window.waiting();

		window.signIn(leader, TestAccounts.PASSWORD);
		window.get("/calendar?date=2043-06-01");
		var entry = wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.xpath("//ol[contains(@class,'hub-agenda')]/li[.//a[@href='/operations/" + operation.id() + "']]")));
		assertThat(entry.getText()).contains("DK").contains("BROWSER AGENDA").contains("8 Jun 2043 – 19 Jun 2043")
			.contains("Denmark customs administration");
		assertThat(driver.findElements(By.cssSelector(".fc-more-link"))).as("no \"+N more\" to cut short").isEmpty();

		var menu = driver.findElement(By.id("nav"));
		assertThat(menu.isDisplayed()).isFalse();
		window.click("nav-toggle");
		wait.until(ExpectedConditions.attributeContains(menu, "class", "show"));
		assertThat(menu.getText()).contains("Calendar").contains("Operations").contains("Add operation");
		window.checkAccessibility();
		window.screenshot(Path.of("/tmp/jcohub-calendar-phone.png"));
	}

	/**
	 * An officer at a border post, on a phone, reports a seizure; a participant reads it without the person it
	 * names; the officer's administration then sees that read in the report's trail.
	 */
	@Test
	void anOfficerReportsASeizureOnAPhoneAndSeesWhoReadIt() throws Exception {
		var leader = accounts.leaderDk();
		var officer = accounts.ensure("t.browser.officer.dk", "DK-CUSTOMS", eu.jcohub.access.Role.FIELD_OFFICER);
		var finn = accounts.coordinatorFi();
		var operation = accounts.as(leader, () -> register.table(new OperationPlan("BROWSER HARBOUR",
				OperationType.JCO_REGIONAL, "DK-CUSTOMS", "DK", Set.of("FI"), Set.of(), Competence.EXCLUSIVE_EU,
				PolicyDomain.CUSTOMS, "ocu@example.eu", null, Set.of("CIGARETTES"), Set.of("ROAD"), Set.of(),
				List.of(new Phase(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 10))), "Harbour checks")));
		var window = browser.open(port);
		window.size(390, 844);
		var driver = window.driver();
		var wait = window.waiting();

		window.signIn(officer, TestAccounts.PASSWORD);
		window.get("/operations/" + operation.id() + "/seizures");
		window.click("report-seizure");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("save-seizure")));
		window.date("seizedOn", "2025-04-03");
		window.type("place", "Rødby ferry terminal, lane 4");
		window.select("goodsCategory", "CIGARETTES");
		window.type("personName", "Browser Testperson");
		window.click("save-seizure");
		assertThat(driver.findElement(By.id("description")).getDomProperty("validationMessage"))
			.as("the browser asks for the description before anything is sent").isNotBlank();
		window.type("description", "Cigarettes behind a false wall of a van");
		window.type("quantity", "12000");
		window.click("save-seizure");
		var error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("unit-error"))).getText();
		assertThat(error).startsWith("give the unit of the quantity");
		assertThat(driver.findElement(By.id("personName")).getAttribute("value")).as("nothing typed is lost")
			.isEqualTo("Browser Testperson");
		window.type("unit", "pieces");
		window.click("save-seizure");
		wait.until(ExpectedConditions.urlMatches(".*/seizures/[0-9a-f-]{36}$"));
		var report = driver.getCurrentUrl();
		assertThat(driver.findElement(By.id("marking")).getText()).isEqualTo("JCO HUB – PARTICIPANTS ONLY");
		assertThat(driver.findElement(By.id("subject")).getText()).contains("Browser Testperson");
		window.screenshot(Path.of("/tmp/jcohub-seizure-phone.png"));

		driver.manage().deleteAllCookies();
		window.signIn(finn, TestAccounts.PASSWORD);
		driver.get(report);
		assertThat(driver.findElement(By.id("facts")).getText()).contains("Cigarettes behind a false wall");
		assertThat(driver.findElement(By.id("main")).getText()).doesNotContain("Browser Testperson");

		driver.manage().deleteAllCookies();
		window.signIn(officer, TestAccounts.PASSWORD);
		driver.get(report);
		assertThat(driver.findElement(By.id("trail")).getText())
			.containsPattern("(?m)^.*" + java.util.regex.Pattern.quote(finn) + ".* read .*$")
			.doesNotContain("READ");
	}
}
