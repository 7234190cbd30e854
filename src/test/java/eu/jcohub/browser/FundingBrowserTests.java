package eu.jcohub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.access.Role;
import eu.jcohub.funding.BudgetDraft;
import eu.jcohub.funding.Funding;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Funding in headless Chromium: the leader of an operation in exclusive EU competence protecting the EU's financial
 * interests opens its funding from the operation page, reads which programmes pay and why, then compares with the
 * 100 % mechanism and sees what the participants would no longer pay. Every page passes axe-core.
 */
@IntegrationTest
class FundingBrowserTests {

	@RegisterExtension
	final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	OperationRegister register;

	@Autowired
	Funding funding;

	@Test
	void theLeaderSeesWhichProgrammesPayAndWhyThenTheDifferenceTheFullCoverageMechanismMakes() {
		var leader = accounts.ensure("t.fb.leader.dk", "DK-CUSTOMS", Role.OPERATION_LEADER);
		var start = LocalDate.of(2027, 6, 7);
		var id = accounts.as(leader, () -> register.table(new OperationPlan("FUNDED LANTERN " + System.nanoTime() % 100_000,
				OperationType.JCO_REGIONAL, "DK-CUSTOMS", "DK", Set.of("FI"), Set.of(), Competence.EXCLUSIVE_EU,
				PolicyDomain.FINANCIAL_INTERESTS, null, null, Set.of("CIGARETTES"), Set.of("ROAD"), Set.of(),
				List.of(new Phase(start, start.plusDays(9))), null)).id());
		accounts.as(leader, () -> funding.replaceBudget(id, new BudgetDraft(List.of(
				new BudgetDraft.Line("TRAVEL", "FI-CUSTOMS", "1000.00", "Officers to the OCU"),
				new BudgetDraft.Line("VAT", "CENTRAL", "190.00", null),
				new BudgetDraft.Line("STAFF_PLANNING", "DK-CUSTOMS", "500.00", "Planning staff")), false, null)));
		var window = browser.open(port);
		var driver = window.driver();
		var wait = window.waiting();

		window.driver().manage().deleteAllCookies();
		window.signIn(leader, TestAccounts.PASSWORD);
		window.get("/operations/" + id.value());
		assertThat(driver.findElement(By.id("funding")).getText()).contains("Union Anti-Fraud Programme")
			.contains("€ 800.00").contains("€ 890.00");
		window.click("funding-open");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("programmes")));

		var antiFraud = driver.findElement(By.cssSelector("#programmes tr[data-programme=ANTI-FRAUD-2027]")).getText();
		assertThat(antiFraud).contains("partly").contains("Union Anti-Fraud Programme applies to operations in exclusive "
				+ "EU competence in the protection of EU financial interests; it pays 80 %");
		assertThat(driver.findElement(By.cssSelector("#programmes tr[data-programme=REG-515-97]")).getText())
			.contains("not eligible: Council Regulation (EC) 515/97 operational budget applies only to customs; this "
					+ "operation is in the protection of EU financial interests");
		assertThat(driver.findElement(By.id("who-pays-in-force")).getText()).contains("€ 800.00").contains("€ 890.00");
		assertThat(driver.findElements(By.id("who-pays-full"))).isEmpty();

		window.click("scenario-full");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("who-pays-full")));
		assertThat(driver.findElement(By.id("who-pays-full")).getText()).contains("€ 1,690.00").endsWith("€ 0.00");
		assertThat(driver.findElement(By.id("who-pays-in-force")).getText()).contains("€ 890.00");
		var regulation = driver.findElement(By.cssSelector("#programmes tr[data-programme=REG-515-97]")).getText();
		assertThat(regulation).contains("under the 100 % mechanism Council Regulation (EC) 515/97 operational budget "
				+ "would pay all costs whatever the competence, VAT and planning included").contains("€ 1,690.00");
	}
}
