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
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Ways through JCO Hub in headless Chromium: a planner signs in, finds an existing operation in the calendar,
 * adds an overlapping one, sees the conflict before saving and finds it recorded; an officer on a phone reports
 * a seizure that a participant reads without its person, and sees that read in the report's trail.
 */
@IntegrationTest
class CalendarBrowserTests {

	private static final String CHROMIUM = "/usr/bin/chromium";
	private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	OperationRegister register;

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
		System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
		ChromeOptions o = new ChromeOptions();
		o.setBinary("/usr/bin/chromium");
		o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");
		browser = new ChromeDriver(o);
		browser.manage().window().setSize(new Dimension(1366, 900));
	}

	@AfterEach
	void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void plannerSeesTheConflictBeforeSavingAndOnTheSavedOperation() throws Exception {
		var leader = accounts.leaderDk();
		var existing = accounts.as(leader, () -> register.table(new OperationPlan("BROWSER AMBER",
				OperationType.JCO_REGIONAL, "DK-CUSTOMS", "DK", Set.of("FI"), Set.of(), Competence.EXCLUSIVE_EU,
				PolicyDomain.CUSTOMS, "ocu@example.eu", null, Set.of("CIGARETTES"), Set.of("ROAD"), Set.of(),
				List.of(new Phase(LocalDate.of(2043, 4, 7), LocalDate.of(2043, 4, 16))), "Existing operation")));
		var driver = browser();
		var wait = new WebDriverWait(driver, Duration.ofSeconds(15));

		signIn(driver, wait, leader);

		driver.get(url("/calendar?date=2043-04-01"));
		var event = wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.cssSelector("a.fc-event[href='/operations/" + existing.id() + "']")));
		assertThat(event.getText()).contains("DK").contains("BROWSER AMBER");
		assertThat(event.getAttribute("aria-label")).contains("BROWSER AMBER – Denmark customs administration – 7 Apr 2043");
		assertThat(driver.findElement(By.id("calendar-legend")).getText()).contains("DK")
			.contains("Denmark customs administration");
		screenshot(driver, "/tmp/jcohub-calendar.png");

		// The year reads as a year: one row per organiser across twelve months, the operation a bar in its row.
		driver.findElement(By.cssSelector(".fc-yearOverview-button")).click();
		var bar = wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.cssSelector(".hub-year-row a.hub-year-bar[href='/operations/" + existing.id() + "']")));
		var row = bar.findElement(By.xpath("ancestor::li[contains(@class,'hub-year-row')]"));
		assertThat(row.findElement(By.cssSelector(".hub-year-label")).getText()).contains("DK")
			.contains("Denmark customs administration");
		assertThat(driver.findElements(By.cssSelector(".hub-year-month"))).hasSize(12);
		assertThat(driver.findElement(By.id("legend-column")).isDisplayed()).as("the rows name the organisers").isFalse();
		screenshot(driver, "/tmp/jcohub-calendar-year.png");

		driver.get(url("/operations/new"));
		type(driver, "name", "BROWSER BEACON");
		check(driver, "participant-FI");
		check(driver, "risk-CIGARETTES");
		check(driver, "mode-ROAD");
		date(driver, "phase1Start", "2043-04-10");
		date(driver, "phase1End", "2043-04-20");
		click(driver, "check-conflicts");

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
		screenshot(driver, "/tmp/jcohub-form-conflict-preview.png");

		click(driver, "save-operation");

		wait.until(ExpectedConditions.urlMatches(".*/operations/[0-9a-f-]{36}$"));
		var page = driver.findElement(By.id("main")).getText();
		assertThat(page).contains("BROWSER BEACON").contains("BROWSER AMBER").contains("Conflicts with other operations");
		assertThat(driver.findElements(By.cssSelector("#conflicts .hub-reasons li"))).isNotEmpty();
		screenshot(driver, "/tmp/jcohub-operation.png");
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
		var driver = browser();
		driver.manage().window().setSize(new Dimension(390, 844));
		var wait = new WebDriverWait(driver, Duration.ofSeconds(15));

		signIn(driver, wait, leader);
		driver.get(url("/calendar?date=2043-06-01"));
		var entry = wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.xpath("//ol[contains(@class,'hub-agenda')]/li[.//a[@href='/operations/" + operation.id() + "']]")));
		assertThat(entry.getText()).contains("DK").contains("BROWSER AGENDA").contains("8 Jun 2043 – 19 Jun 2043")
			.contains("Denmark customs administration");
		assertThat(driver.findElements(By.cssSelector(".fc-more-link"))).as("no \"+N more\" to cut short").isEmpty();

		var menu = driver.findElement(By.id("nav"));
		assertThat(menu.isDisplayed()).isFalse();
		click(driver, "nav-toggle");
		wait.until(ExpectedConditions.attributeContains(menu, "class", "show"));
		assertThat(menu.getText()).contains("Calendar").contains("Operations").contains("Add operation");
		screenshot(driver, "/tmp/jcohub-calendar-phone.png");
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
		var driver = browser();
		driver.manage().window().setSize(new Dimension(390, 844));
		var wait = new WebDriverWait(driver, Duration.ofSeconds(15));

		signIn(driver, wait, officer);
		driver.get(url("/operations/" + operation.id() + "/seizures"));
		click(driver, "report-seizure");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("save-seizure")));
		date(driver, "seizedOn", "2025-04-03");
		type(driver, "place", "Rødby ferry terminal, lane 4");
		new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("goodsCategory"))).selectByValue("CIGARETTES");
		type(driver, "personName", "Browser Testperson");
		click(driver, "save-seizure");
		var error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("description-error"))).getText();
		assertThat(error).isEqualTo("describe what was seized");
		assertThat(driver.findElement(By.id("personName")).getAttribute("value")).as("nothing typed is lost")
			.isEqualTo("Browser Testperson");
		type(driver, "description", "Cigarettes behind a false wall of a van");
		type(driver, "quantity", "12000");
		type(driver, "unit", "pieces");
		click(driver, "save-seizure");
		wait.until(ExpectedConditions.urlMatches(".*/seizures/[0-9a-f-]{36}$"));
		var report = driver.getCurrentUrl();
		assertThat(driver.findElement(By.id("marking")).getText()).isEqualTo("JCO HUB – PARTICIPANTS ONLY");
		assertThat(driver.findElement(By.id("subject")).getText()).contains("Browser Testperson");
		screenshot(driver, "/tmp/jcohub-seizure-phone.png");

		driver.manage().deleteAllCookies();
		signIn(driver, wait, finn);
		driver.get(report);
		assertThat(driver.findElement(By.id("facts")).getText()).contains("Cigarettes behind a false wall");
		assertThat(driver.findElement(By.id("main")).getText()).doesNotContain("Browser Testperson");

		driver.manage().deleteAllCookies();
		signIn(driver, wait, officer);
		driver.get(report);
		assertThat(driver.findElement(By.id("trail")).getText())
			.containsPattern("(?m)^.*" + java.util.regex.Pattern.quote(finn) + ".* read .*$")
			.doesNotContain("READ");
	}

	private void signIn(WebDriver driver, WebDriverWait wait, String username) {
		driver.get(url("/login"));
		type(driver, "username", username);
		type(driver, "password", TestAccounts.PASSWORD);
		driver.findElement(By.cssSelector("button[type=submit]")).click();
		wait.until(ExpectedConditions.urlContains("/calendar"));
	}

	private static void type(WebDriver driver, String id, String text) {
		WebElement field = driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	/** Ticks a checkbox, scrolled into the middle of its (scrollable) list first as a user would. */
	private static void check(WebDriver driver, String id) {
		assertThat(click(driver, id).isSelected()).isTrue();
	}

	/** Clicks an element after scrolling it into the middle of the window, where nothing covers it. */
	private static WebElement click(WebDriver driver, String id) {
		var element = driver.findElement(By.id(id));
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
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
