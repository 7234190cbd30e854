package eu.jcohub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.access.OperationRoles;
import eu.jcohub.seizures.FieldReporting;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.TestAccounts;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The officer's field form on a phone with a connection that comes and goes: a seizure sent while the request
 * cannot get through is kept in the browser and sent, once, when it can; the OCU then validates it.
 */
@IntegrationTest
class FieldReportBrowserTests {

	@RegisterExtension
	final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	OperationRoles roles;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSeizureSentOfflineIsSentOnceOnReconnectAndTheOcuValidatesIt() {
		var operation = FieldReporting.running(port, accounts, roles, jdbc);
		var officer = browser.open(port);
		officer.size(390, 844);
		officer.signIn(FieldReporting.OFFICER_FI, TestAccounts.PASSWORD);
		officer.get("/operations/" + operation.operationId + "/reports/new");
		officer.checkAccessibility();

		officer.block("*/api/operations/*/reports");
		officer.click(By.cssSelector("label[for=type-seizure]"));
		officer.select("riskArea", "CIGARETTES");
		officer.type("quantity", "3000");
		officer.select("unit", "STICKS");
		officer.type("identifiers", "OFFLINE 42");
		officer.type("summary", "Cigarettes under the spare wheel, sent offline");
		officer.click("send-report");
		officer.waiting().until(d -> !d.findElement(By.id("field-pending")).getAttribute("class").contains("d-none"));
		assertThat(officer.driver().findElement(By.id("field-status")).getText()).contains("No connection");
		assertThat(reportsOfTheOfficer(operation)).isZero();

		officer.block();
		new WebDriverWait(officer.driver(), Duration.ofSeconds(30))
			.until(d -> d.findElement(By.id("field-pending")).getAttribute("class").contains("d-none"));
		assertThat(officer.driver().findElement(By.id("field-status")).getText()).contains("has been sent");
		// The page opened again retries what it keeps, at once and every 5 s: a round after the send finds nothing.
		officer.driver().navigate().refresh();
		pause(Duration.ofSeconds(6));
		assertThat(reportsOfTheOfficer(operation)).isEqualTo(1);
		assertThat(officer.script("return window.localStorage.getItem('jcohub.field-reports." + operation.operationId
				+ "')")).isEqualTo("[]");

		var id = jdbc.sql("select id from seizure_reports where operation_id = ? and reported_by = ?")
			.params(UUID.fromString(operation.operationId), FieldReporting.OFFICER_FI).query(UUID.class).single();
		var ocu = browser.open(port);
		ocu.signIn(FieldReporting.OCU, TestAccounts.PASSWORD);
		ocu.get("/operations/" + operation.operationId + "/reports");
		ocu.checkAccessibility();
		ocu.click(By.cssSelector("#report-" + id + " .hub-validate"));
		ocu.waiting().until(d -> d.findElement(By.id("report-" + id)).getText().contains("Validated"));
		assertThat(jdbc.sql("select state from seizure_reports where id = ?").param(id).query(String.class).single())
			.isEqualTo("VALIDATED");
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private long reportsOfTheOfficer(FieldReporting operation) {
		return jdbc.sql("select count(*) from seizure_reports where operation_id = ? and reported_by = ?")
			.params(UUID.fromString(operation.operationId), FieldReporting.OFFICER_FI).query(Long.class).single();
	}
}
