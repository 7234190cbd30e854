package eu.jcohub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.access.Role;
import eu.jcohub.support.Api;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.Plans;
import eu.jcohub.support.TestAccounts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Forms as Chromium sends them, with its own checks of the fields on: the subject-access search goes out, a
 * refused seizure report comes back with its messages and what was typed, an upload too large comes back to the
 * exchange page with the reason next to the file.
 */
@IntegrationTest
class FormsBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Nullable WebDriver browser;

	@BeforeEach
	void startBrowser() {
		boolean installed = Files.isExecutable(Path.of("/usr/bin/chromium"))
				&& Files.isExecutable(Path.of("/usr/bin/chromedriver"));
		if (!installed && "true".equals(System.getenv("JCOHUB_REQUIRE_BROWSER"))) {
			throw new IllegalStateException("JCOHUB_REQUIRE_BROWSER=true but Chromium is not installed");
		}
		Assumptions.assumeTrue(installed, "Chromium not installed: /usr/bin/chromium and /usr/bin/chromedriver are "
				+ "needed; skipping browser test");
		System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
		var options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");
		browser = new ChromeDriver(options);
		browser.manage().window().setSize(new Dimension(390, 844));
	}

	@AfterEach
	void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void theSubjectAccessSearchIsSentAndTheSeizureFormKeepsWhatWasTyped() {
		var coordinator = accounts.ensure("t.browser.forms.dk", "DK-CUSTOMS", Role.NATIONAL_COORDINATOR);
		var operation = Api.as(port, coordinator).post("/api/operations", Plans.json("BROWSER FORMS " + System.nanoTime(),
				"DK-CUSTOMS", "DK", List.of("FI"), List.of("CIGARETTES"), List.of("ROAD"), LocalDate.of(2024, 7, 1),
				LocalDate.of(2024, 7, 10))).json().get("id").asString();
		var driver = browser();
		var wait = new WebDriverWait(driver, Duration.ofSeconds(15));
		signIn(driver, wait, coordinator);

		driver.get(url("/data-protection"));
		assertThat(driver.findElements(By.cssSelector("#subject-search input[name=code]"))).isEmpty();
		driver.findElement(By.id("name")).sendKeys("Nobody Searched");
		click(driver, By.cssSelector("#subject-search button[type=submit]"));
		wait.until(ExpectedConditions.urlContains("name=Nobody+Searched"));
		assertThat(driver.findElement(By.id("mentions-count")).getText()).isNotBlank();

		driver.get(url("/operations/" + operation + "/seizures/new"));
		assertThat(driver.findElements(By.cssSelector("main input[name=code]"))).isEmpty();
		driver.findElement(By.id("quantity")).sendKeys("1e400");
		driver.findElement(By.id("personName")).sendKeys("Ann Typed");
		click(driver, By.id("save-seizure"));
		var error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("quantity-error")));
		assertThat(error.getText()).contains("between 0 and");
		assertThat(driver.findElement(By.id("quantity")).getAttribute("aria-describedby")).isEqualTo("quantity-error");
		assertThat(driver.findElement(By.id("quantity")).getDomProperty("value")).isEqualTo("1e400");
		assertThat(driver.findElement(By.id("personName")).getDomProperty("value")).isEqualTo("Ann Typed");
		assertThat(driver.findElement(By.id("description-error")).getText()).isNotBlank();
	}

	@Test
	void anUploadTooLargeComesBackToTheExchangePageWithTheReasonNextToTheFile() throws Exception {
		var officer = accounts.ensure("t.browser.upload.dk", "DK-CUSTOMS", Role.OPERATION_LEADER);
		var file = Files.createTempFile("too-large", ".csv");
		try {
			Files.write(file, new byte[5 * 1024 * 1024 + 4096]);
			var driver = browser();
			var wait = new WebDriverWait(driver, Duration.ofSeconds(30));
			signIn(driver, wait, officer);
			driver.get(url("/exchange"));
			driver.findElement(By.id("file")).sendKeys(file.toString());
			click(driver, By.cssSelector("form[action='/exchange/import'] button[type=submit]"));
			var error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("file-error")));
			assertThat(error.getText()).contains("larger than 5 MB");
			assertThat(driver.getCurrentUrl()).endsWith("/exchange");
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	private void signIn(WebDriver driver, WebDriverWait wait, String username) {
		driver.get(url("/login"));
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
		driver.findElement(By.cssSelector("button[type=submit]")).click();
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	/** Clicks an element scrolled into the middle of the window first, as a user would scroll to it. */
	private static void click(WebDriver driver, By selector) {
		var element = driver.findElement(selector);
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})",
				element);
		element.click();
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
