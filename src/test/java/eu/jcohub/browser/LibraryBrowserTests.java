package eu.jcohub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.access.Role;
import eu.jcohub.operations.Competence;
import eu.jcohub.operations.OperationPlan;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationType;
import eu.jcohub.operations.Phase;
import eu.jcohub.operations.PolicyDomain;
import eu.jcohub.shared.pdf.MarkedPdf;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.TestAccounts;
import java.io.ByteArrayOutputStream;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The JCO Library in headless Chromium, as the demo script walks it: the leader of a JCO that ran last year adds
 * its final report (a PDF) through the upload form; a national coordinator who took part finds the operation by a
 * word that only the report holds, opens it and uses it as the template of a new operation, whose dates they set.
 */
@IntegrationTest
class LibraryBrowserTests {

	private static final String CHROMIUM = "/usr/bin/chromium";
	private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
	private static final String LEADER = "t.libb.leader.dk";
	private static final String COORDINATOR = "t.libb.coordinator.fi";

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
	void aCoordinatorFindsAPastJcoByAWordInItsFinalReportAndStartsANewOneFromIt() throws Exception {
		accounts.ensure(LEADER, "DK-CUSTOMS", Role.OPERATION_LEADER);
		accounts.ensure(COORDINATOR, "FI-CUSTOMS", Role.NATIONAL_COORDINATOR);
		var name = "BROWSER ORESUND " + System.nanoTime();
		var start = LocalDate.now().minusMonths(10);
		var past = accounts.as(LEADER, () -> register.table(new OperationPlan(name, OperationType.JCO_REGIONAL,
				"DK-CUSTOMS", "DK", Set.of("FI", "SE"), Set.of("OLAF"), Competence.EXCLUSIVE_EU,
				PolicyDomain.FINANCIAL_INTERESTS, "Danish OCU (test)", null, Set.of("CIGARETTES"),
				Set.of("MARITIME_RORO"), Set.of("DKCPH"), List.of(new Phase(start, start.plusDays(9))),
				"Detect cigarettes on the Øresund ferries.")));
		var word = "tachograph" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
		var report = Files.createTempFile("Final report ", ".pdf");
		Files.write(report, finalReport(name, "Officers compared the " + word + " records of every lorry with "
				+ "its consignment note."));
		var driver = browser();
		var wait = new WebDriverWait(driver, Duration.ofSeconds(20));

		// The leader adds the final report through the form.
		signIn(driver, wait, LEADER);
		driver.get(url("/library/" + past.id()));
		click(driver, "add-document");
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("upload-form")));
		driver.findElement(By.id("file")).sendKeys(report.toString());
		click(driver, "upload-submit");
		wait.until(ExpectedConditions.urlContains("/library/" + past.id()));
		assertThat(driver.findElement(By.id("document-table")).getText()).contains(report.getFileName().toString());

		// A national coordinator who took part finds it by a word of the report, from the menu's Library.
		driver.manage().deleteAllCookies();
		signIn(driver, wait, COORDINATOR);
		click(driver, "nav-library");
		var box = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("q")));
		box.sendKeys(word, Keys.ENTER);
		var result = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#results .hub-result")));
		assertThat(result.getText()).contains(name).contains("In " + report.getFileName());
		assertThat(result.findElement(By.tagName("mark")).getText()).isEqualTo(word);
		screenshot(driver, "/tmp/jcohub-library-search.png");

		result.findElement(By.linkText(name)).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("documents")));
		click(driver, "use-as-template");
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("template-form")));
		assertThat(driver.findElement(By.id("phase1Start")).getAttribute("value")).as("the user sets the dates").isEmpty();
		var next = LocalDate.now().plusMonths(5);
		type(driver, "name", "NEXT ORESUND " + System.nanoTime());
		date(driver, "phase1Start", next.toString());
		date(driver, "phase1End", next.plusDays(9).toString());
		click(driver, "template-submit");

		wait.until(ExpectedConditions.urlMatches(".*/operations/[0-9a-f-]{36}$"));
		var page = driver.findElement(By.tagName("main")).getText();
		assertThat(page).contains("NEXT ORESUND").contains("Finland customs administration").contains("Proposal")
			.contains("Denmark").contains("Sweden").contains("Detect cigarettes on the Øresund ferries.");
		screenshot(driver, "/tmp/jcohub-library-template.png");
	}

	/** A final report as organisers write them: a PDF with its marking and page numbers on every page. */
	private static byte[] finalReport(String name, String finding) {
		var out = new ByteArrayOutputStream();
		var document = new com.lowagie.text.Document();
		com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
		document.open();
		document.add(new com.lowagie.text.Paragraph(name + " – final report", eu.jcohub.shared.pdf.PdfFonts.bold(14)));
		document.add(new com.lowagie.text.Paragraph(finding, eu.jcohub.shared.pdf.PdfFonts.regular(10)));
		document.close();
		return MarkedPdf.stamp(out.toByteArray(), "JCO HUB – PARTICIPANTS ONLY", "today");
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

	/** Clicks an element after scrolling it into the middle of the window, where nothing covers it. */
	private static void click(WebDriver driver, String id) {
		var element = driver.findElement(By.id(id));
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})",
				element);
		element.click();
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
