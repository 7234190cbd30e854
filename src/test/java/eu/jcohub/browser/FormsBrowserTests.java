package eu.jcohub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.access.Role;
import eu.jcohub.support.Api;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.Plans;
import eu.jcohub.support.TestAccounts;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
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

	@RegisterExtension
	final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Test
	void theSubjectAccessSearchIsSentAndTheSeizureFormKeepsWhatWasTyped() {
		var coordinator = accounts.ensure("t.browser.forms.dk", "DK-CUSTOMS", Role.NATIONAL_COORDINATOR);
		var operation = Api.as(port, coordinator).post("/api/operations", Plans.json("BROWSER FORMS " + System.nanoTime(),
				"DK-CUSTOMS", "DK", List.of("FI"), List.of("CIGARETTES"), List.of("ROAD"), LocalDate.of(2024, 7, 1),
				LocalDate.of(2024, 7, 10))).json().get("id").asString();
		var window = browser.open(port);
		window.size(390, 844);
		var driver = window.driver();
		var wait = window.waiting();
		window.signIn(coordinator, TestAccounts.PASSWORD);

		window.get("/data-protection");
		assertThat(driver.findElements(By.cssSelector("#subject-search input[name=code]"))).isEmpty();
		driver.findElement(By.id("name")).sendKeys("Nobody Searched");
		window.click(By.cssSelector("#subject-search button[type=submit]"));
		wait.until(ExpectedConditions.urlContains("name=Nobody+Searched"));
		assertThat(driver.findElement(By.id("mentions-count")).getText()).isNotBlank();

		window.get("/operations/" + operation + "/seizures/new");
		assertThat(driver.findElements(By.cssSelector("main input[name=code]"))).isEmpty();
		window.date("seizedOn", "2024-07-03");
		window.select("goodsCategory", "CIGARETTES");
		window.type("description", "Cartons in a spare tyre");
		driver.findElement(By.id("quantity")).sendKeys("1e400");
		driver.findElement(By.id("personName")).sendKeys("Ann Typed");
		window.click(By.id("save-seizure"));
		var error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("quantity-error")));
		assertThat(error.getText()).contains("between 0 and");
		assertThat(driver.findElement(By.id("quantity")).getAttribute("aria-describedby")).isEqualTo("quantity-error");
		assertThat(driver.findElement(By.id("quantity")).getDomProperty("value")).isEqualTo("1e400");
		assertThat(driver.findElement(By.id("personName")).getDomProperty("value")).isEqualTo("Ann Typed");
		assertThat(driver.findElement(By.id("description")).getDomProperty("value")).isEqualTo("Cartons in a spare tyre");
	}

	@Test
	void anUploadTooLargeComesBackToTheExchangePageWithTheReasonNextToTheFile() throws Exception {
		var officer = accounts.ensure("t.browser.upload.dk", "DK-CUSTOMS", Role.OPERATION_LEADER);
		var file = Files.createTempFile("too-large", ".csv");
		try {
			Files.write(file, new byte[5 * 1024 * 1024 + 4096]);
			var window = browser.open(port);
			window.size(390, 844);
			var driver = window.driver();
			var wait = new WebDriverWait(driver, Duration.ofSeconds(30));
			window.signIn(officer, TestAccounts.PASSWORD);
			window.get("/exchange");
			driver.findElement(By.id("file")).sendKeys(file.toString());
			window.click(By.cssSelector("form[action='/exchange/import'] button[type=submit]"));
			var error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("file-error")));
			assertThat(error.getText()).contains("larger than 5 MB");
			assertThat(driver.getCurrentUrl()).endsWith("/exchange");
		}
		finally {
			Files.deleteIfExists(file);
		}
	}
}
