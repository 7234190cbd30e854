package eu.jcohub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.access.HandlingCode;
import eu.jcohub.access.OperationRole;
import eu.jcohub.access.OperationRoles;
import eu.jcohub.access.Role;
import eu.jcohub.cooperation.Article;
import eu.jcohub.cooperation.CompetenceDraft;
import eu.jcohub.cooperation.Cooperation;
import eu.jcohub.operations.Competence;
import eu.jcohub.operations.OperationPlan;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationType;
import eu.jcohub.operations.Phase;
import eu.jcohub.operations.PolicyDomain;
import eu.jcohub.seizures.SeizureDraft;
import eu.jcohub.seizures.SeizureReports;
import eu.jcohub.seizures.Subject;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.TestAccounts;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Naples II in headless Chromium: an OCU operator reads a German seizure on a running JCO, starts a controlled
 * delivery to Poland from it, sees what it takes in both states while filling the request, files it, and finds it
 * linked on the report. Every page passes axe-core.
 */
@IntegrationTest
class NaplesBrowserTests {

	@RegisterExtension
	final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	OperationRegister register;

	@Autowired
	OperationRoles roles;

	@Autowired
	SeizureReports seizures;

	@Autowired
	Cooperation cooperation;

	@Test
	void anOcuOperatorStartsAControlledDeliveryFromASeizureReportAndSeesTheGuidanceForTheTwoStates() {
		var leader = accounts.ensure("t.nb.leader.dk", "DK-CUSTOMS", Role.OPERATION_LEADER);
		var ocu = accounts.ensure("t.nb.ocu", "OLAF", Role.OCU_OPERATOR);
		var german = accounts.ensure("t.nb.coordinator.de", "DE-CUSTOMS", Role.NATIONAL_COORDINATOR);
		var polish = accounts.ensure("t.nb.coordinator.pl", "PL-CUSTOMS", Role.NATIONAL_COORDINATOR);
		accounts.as(german, () -> cooperation.confirm("DE", Article.CONTROLLED_DELIVERY, new CompetenceDraft(
				List.of("CUSTOMS", "POLICE"), "PROSECUTOR", null, "Zollkriminalamt Naples desk", "German customs law")));
		accounts.as(polish, () -> cooperation.confirm("PL", Article.CONTROLLED_DELIVERY, new CompetenceDraft(
				List.of("CUSTOMS", "POLICE", "BORDER_GUARD"), "PROSECUTOR", "Only under the lead of Polish officers.",
				"KAS Naples desk", "Polish code of criminal procedure")));
		var start = LocalDate.now().minusDays(2);
		var operation = accounts.as(leader, () -> register.table(new OperationPlan("DELIVERY GATE " + System.nanoTime() % 100_000,
				OperationType.JCO_REGIONAL, "DK-CUSTOMS", "DK", Set.of("DE", "PL", "FI"), Set.of("PL-PROSECUTION"),
				Competence.EXCLUSIVE_EU, PolicyDomain.FINANCIAL_INTERESTS, null, null, Set.of("CIGARETTES"), Set.of("ROAD"),
				Set.of(), List.of(new Phase(start, start.plusDays(9))), null)).id());
		accounts.as(leader, () -> roles.assign(operation, ocu, OperationRole.OCU_OPERATOR));
		var report = accounts.as(german, () -> seizures.report(operation, new SeizureDraft(LocalDate.now(), null,
				"Frankfurt (Oder) road crossing", "CIGARETTES", "800,000 cigarettes in a lorry bound for Poznań", null, null,
				null, HandlingCode.PARTICIPANTS, Set.of(), Subject.NONE)).id());
		var window = browser.open(port);
		var driver = window.driver();
		var wait = window.waiting();

		window.signIn(ocu, TestAccounts.PASSWORD);
		window.get("/seizures/" + report);
		assertThat(driver.findElement(By.id("naples")).getText()).contains("Start a controlled delivery");
		window.select("cd-requested", "PL-CUSTOMS");
		window.click("start-delivery");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("request-form")));

		assertThat(driver.findElement(By.id("guidance-title")).getText())
			.isEqualTo("Controlled delivery from Germany to Poland");
		assertThat(driver.findElement(By.id("guidance-requesting")).getText())
			.contains("In Germany, customs and the police may make the request once the public prosecutor has agreed.")
			.contains("Contact point in Germany: Zollkriminalamt Naples desk.");
		assertThat(driver.findElement(By.id("guidance-requested")).getText())
			.contains("In Poland, the public prosecutor decides on the request; it is carried out by customs, the police and the border guard.")
			.contains("Poland declared: Only under the lead of Polish officers.")
			.contains("Contact point in Poland: KAS Naples desk.");
		assertThat(driver.findElement(By.id("from-seizure")).getText()).isNotBlank();
		window.check("involved-PL-PROSECUTION");
		window.type("notes", "Let the lorry travel on to Poznań under watch.");
		window.click("file-request");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("request-status")));

		assertThat(driver.findElement(By.id("request-status")).getText()).isEqualTo("draft");
		assertThat(driver.findElement(By.id("request")).getText()).contains("Germany customs administration")
			.contains("Poland customs administration").contains("National Public Prosecutor's Office (Poland)");
		assertThat(driver.findElement(By.id("guidance-title")).getText())
			.isEqualTo("Controlled delivery from Germany to Poland");
		window.click("request-seizure");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("linked-requests")));
		assertThat(driver.findElement(By.id("linked-requests")).getText())
			.contains("Request for a controlled delivery: Germany customs administration to Poland customs administration (draft)");
	}
}
