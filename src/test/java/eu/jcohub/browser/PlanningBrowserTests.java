package eu.jcohub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.access.Role;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.TestAccounts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Planning in headless Chromium: a leader creates an operation, starts its checklist from a template and invites
 * two administrations; one national coordinator accepts from the inbox, naming a border point, the other declines
 * with a reason from the list; the leader sees both answers and the facilitator board shows them.
 */
@IntegrationTest
class PlanningBrowserTests {

	private static final String CHROMIUM = "/usr/bin/chromium";
	private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Nullable WebDriver browser;

	@BeforeEach
	void startBrowser() {
		boolean installed = Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
		if (!installed && "true".equals(System.getenv("JCOHUB_REQUIRE_BROWSER"))) {
			throw new IllegalStateException("JCOHUB_REQUIRE_BROWSER=true but Chromium is not installed: "
					+ CHROMIUM + " and " + CHROMEDRIVER + " are needed");
		}
		Assumptions.assumeTrue(installed, "Chromium not installed: /usr/bin/chromium and /usr/bin/chromedriver are "
				+ "needed; skipping browser test");
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
		var options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");
		browser = new ChromeDriver(options);
		browser.manage().window().setSize(new Dimension(1366, 900));
	}

	@AfterEach
	void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void aLeaderPlansFromATemplateInvitesTwoAdministrationsAndTheBoardShowsTheirAnswers() throws Exception {
		var leader = accounts.ensure("t.pb.leader.dk", "DK-CUSTOMS", Role.OPERATION_LEADER);
		var finn = accounts.ensure("t.pb.coordinator.fi", "FI-CUSTOMS", Role.NATIONAL_COORDINATOR);
		var german = accounts.ensure("t.pb.coordinator.de", "DE-CUSTOMS", Role.NATIONAL_COORDINATOR);
		var facilitator = accounts.ensure("t.pb.facilitator", "FACILITATION", Role.FACILITATOR);
		var name = "BROWSER LANTERN " + System.nanoTime() % 100_000;
		var driver = browser();
		var wait = new WebDriverWait(driver, Duration.ofSeconds(20));

		signIn(driver, wait, leader);
		driver.get(url("/operations/new"));
		type(driver, "name", name);
		click(driver, "participant-FI");
		click(driver, "participant-DE");
		click(driver, "risk-CIGARETTES");
		click(driver, "mode-ROAD");
		date(driver, "phase1Start", "2044-05-02");
		date(driver, "phase1End", "2044-05-11");
		// The conflict preview redraws as the dates change: submit the form itself rather than aim at a moving button.
		((JavascriptExecutor) driver).executeScript("arguments[0].requestSubmit(arguments[1])",
				driver.findElement(By.id("operation-form")), driver.findElement(By.id("save-operation")));
		wait.until(ExpectedConditions.urlMatches(".*/operations/[0-9a-f-]{36}$"));
		var operation = driver.getCurrentUrl();

		assertThat(new Select(driver.findElement(By.id("checklist-template"))).getFirstSelectedOption().getText())
			.startsWith("Regional JCO");
		click(driver, "checklist-start-button");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("checklist-summary"), "14 tasks"));
		assertThat(driver.findElement(By.id("checklist-tasks")).getText()).contains("Invitation to the administrations sent")
			.contains("2 Mar 2044");

		var choices = new Select(driver.findElement(By.id("invite-organisations")));
		assertThat(choices.getAllSelectedOptions()).extracting(WebElement::getText)
			.containsExactlyInAnyOrder("Finland customs administration", "Germany customs administration");
		type(driver, "invite-message", "Please confirm by the end of the month.");
		click(driver, "invite-button");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("invitations-summary"),
				"2 invited: 0 accepted, 0 declined, 2 open"));
		screenshot(driver, "/tmp/jcohub-planning-invited.png");

		answer(driver, wait, finn, name);
		type(driver, "contactPoints", "Juha Virtanen, FI Customs, +358 00 000 0000");
		new Select(driver.findElement(By.id("borderPoints"))).selectByValue("BCP-FI-VAALIMAA");
		click(driver, "accept");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("invitation-state"), "Accepted"));

		answer(driver, wait, german, name);
		new Select(driver.findElement(By.id("reason"))).selectByValue("NO_RESOURCES");
		type(driver, "note", "Our teams are at the Baltic ports that month.");
		click(driver, "decline");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("invitation-state"), "Declined"));

		signIn(driver, wait, leader);
		driver.get(operation);
		assertThat(driver.findElement(By.id("invitations-summary")).getText())
			.isEqualTo("2 invited: 1 accepted, 1 declined, 0 open");
		assertThat(driver.findElement(By.id("invitation-FI-CUSTOMS")).getText()).contains("Accepted")
			.contains("Juha Virtanen").contains("Vaalimaa");
		assertThat(driver.findElement(By.id("invitation-DE-CUSTOMS")).getText()).contains("Declined")
			.contains("No resources").contains("Baltic ports");

		signIn(driver, wait, facilitator);
		click(driver, "nav-board");
		var row = wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.cssSelector("#board tr[data-operation='" + name + "']")));
		assertThat(row.getText()).contains("Proposal").contains("0 open · 1 accepted · 1 declined")
			.contains("not yet tracked");
		screenshot(driver, "/tmp/jcohub-planning-board.png");
	}

	/** Signs in as a national coordinator and opens their administration's invitation to the operation. */
	private void answer(WebDriver driver, WebDriverWait wait, String coordinator, String operation) {
		signIn(driver, wait, coordinator);
		click(driver, "nav-invitations");
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("inbox")));
		driver.findElement(By.linkText(operation)).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accept-form")));
	}

	private void signIn(WebDriver driver, WebDriverWait wait, String username) {
		driver.manage().deleteAllCookies();
		driver.get(url("/login"));
		type(driver, "username", username);
		type(driver, "password", TestAccounts.PASSWORD);
		driver.findElement(By.cssSelector("button[type=submit]")).click();
		wait.until(ExpectedConditions.urlContains("/calendar"));
	}

	private static void type(WebDriver driver, String id, String text) {
		var field = driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	/** Clicks an element after scrolling it into the middle of the window, where nothing covers it. */
	private static WebElement click(WebDriver driver, String id) {
		var element = driver.findElement(By.id(id));
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})",
				element);
		element.click();
		return element;
	}

	/** Sets a date input the way a date picker does, then tells listeners it changed. */
	private static void date(WebDriver driver, String id, String isoDate) {
		((JavascriptExecutor) driver).executeScript(
				"arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
				driver.findElement(By.id(id)), isoDate);
	}

	private static void screenshot(WebDriver driver, String file) throws Exception {
		var shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
		Files.copy(shot.toPath(), Path.of(file), StandardCopyOption.REPLACE_EXISTING);
	}

	private WebDriver browser() {
		if (browser == null) {
			throw new IllegalStateException("no browser");
		}
		return browser;
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
