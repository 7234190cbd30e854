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
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dashboard in headless Chromium: the secretariat opens it from the menu, narrows the years to one with a
 * single full-scale JCO, then changes the type and sees the figures follow; a backwards year range is told next to
 * the field, with what was typed kept. Every page passes axe-core.
 */
@IntegrationTest
class AnalyticsBrowserTests {

	private static final int YEAR = 2096;

	@RegisterExtension
	final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	OperationRegister register;

	@Test
	void theSecretariatNarrowsTheOverviewWithTheFiltersAndSeesTheFiguresFollow() {
		var secretariat = accounts.secretariat();
		var start = LocalDate.of(YEAR, 4, 6);
		accounts.as(secretariat, () -> register.table(new OperationPlan("DASHBOARD BEACON " + System.nanoTime() % 100_000,
				OperationType.JCO_FULL_SCALE, "FI-CUSTOMS", "FI", Set.of("EE"), Set.of(), Competence.EXCLUSIVE_EU,
				PolicyDomain.CUSTOMS, null, null, Set.of("FUEL"), Set.of("ROAD"), Set.of(),
				List.of(new Phase(start, start.plusDays(6))), null)));
		var window = browser.open(port);
		var driver = window.driver();
		var wait = window.waiting();
		window.signIn(secretariat, TestAccounts.PASSWORD);

		window.get("/calendar");
		window.click("nav-more");
		window.click("nav-analytics");
		wait.until(d -> window.path().startsWith("/analytics"));

		window.type("from", String.valueOf(YEAR));
		window.type("to", String.valueOf(YEAR));
		window.click("analytics-show");
		// The figures come from the aggregates, kept in step after the operation was tabled.
		wait.until(d -> {
			if (!driver.findElement(By.id("analytics-scope")).getText().startsWith("One operation")) {
				window.click("analytics-show");
				return false;
			}
			return true;
		});
		assertThat(driver.findElement(By.id("table-years")).getText()).contains(String.valueOf(YEAR));
		assertThat(driver.findElement(By.id("table-risk-areas")).getText()).contains("Mineral oil and fuel");
		assertThat(driver.findElement(By.id("csv-years")).getAttribute("href"))
			.endsWith("/api/analytics/overview/years.csv?from=" + YEAR + "&to=" + YEAR);

		window.select("type", "JCO_REGIONAL");
		window.click("analytics-show");
		wait.until(d -> window.path().contains("type=JCO_REGIONAL"));
		assertThat(driver.findElement(By.id("analytics-scope")).getText()).startsWith("No operation matches");
		assertThat(driver.findElement(By.cssSelector("#type option:checked")).getText()).isEqualTo("Regional JCO");
		assertThat(driver.findElement(By.id("from")).getAttribute("value")).isEqualTo(String.valueOf(YEAR));

		window.select("type", "JCO_FULL_SCALE");
		window.select("riskArea", "FUEL");
		window.click("analytics-show");
		wait.until(d -> window.path().contains("riskArea=FUEL"));
		assertThat(driver.findElement(By.id("analytics-scope")).getText()).startsWith("One operation");

		window.type("from", String.valueOf(YEAR + 3));
		window.click("analytics-show");
		wait.until(d -> !driver.findElements(By.id("to-error")).isEmpty());
		assertThat(driver.findElement(By.id("to-error")).getText()).contains("not before the first year");
		assertThat(driver.findElement(By.id("from")).getAttribute("value")).isEqualTo(String.valueOf(YEAR + 3));
		assertThat(driver.findElement(By.id("to")).getAttribute("aria-describedby")).isEqualTo("to-error");
	}
}
