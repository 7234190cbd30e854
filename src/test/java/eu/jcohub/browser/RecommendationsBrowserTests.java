package eu.jcohub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.access.Role;
import eu.jcohub.followup.ActionDraft;
import eu.jcohub.followup.RecommendationDraft;
import eu.jcohub.followup.Recommendations;
import eu.jcohub.support.Api;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.Plans;
import eu.jcohub.support.TestAccounts;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The recommendation monitoring file in headless Chromium: the Danish leader filters the file to recommendations
 * with overdue actions, opens the one addressed to Danish customs, is told that "implemented" needs evidence, adds
 * the evidence and marks it implemented. Every page on the way is checked by axe-core (see {@link Browser}).
 */
@IntegrationTest
class RecommendationsBrowserTests {

	private static final String LEADER = "t.recb.leader.dk";

	@RegisterExtension
	final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Recommendations recommendations;

	@Test
	void theAddresseeFiltersToOverdueOpensOneAddsEvidenceAndMarksItImplemented() {
		accounts.ensure(LEADER, "DK-CUSTOMS", Role.OPERATION_LEADER);
		var text = "Share the risk profiles with the OCU a week earlier " + System.nanoTime();
		var later = "Name a contact point for every port " + System.nanoTime();
		accounts.as(accounts.secretariat(), () -> {
			var overdue = recommendations.record(new RecommendationDraft("3.1", "Debriefing (browser test)", text, "DK-CUSTOMS"));
			recommendations.addAction(overdue.id(), new ActionDraft("Circulate the profiles", "DK-CUSTOMS", "2021-03-31"));
			var notYet = recommendations.record(new RecommendationDraft("3.2", "Debriefing (browser test)", later, "DK-CUSTOMS"));
			return recommendations.addAction(notYet.id(), new ActionDraft("Ask the ports", "DK-CUSTOMS", "2090-03-31"));
		});

		var leader = browser.open(port);
		leader.signIn(LEADER, TestAccounts.PASSWORD);
		leader.click("nav-recommendations");
		leader.visible(By.id("recommendation-filter"));
		leader.check("overdue");
		leader.click("filter-submit");
		leader.waiting().until(ExpectedConditions.urlContains("overdue=true"));
		var listed = leader.visible(By.id("recommendations")).getText();
		assertThat(listed).contains(text).doesNotContain(later).contains("Overdue");
		leader.screenshot(Path.of("/tmp/jcohub-recommendations-overdue.png"));

		leader.click(By.linkText(text));
		leader.visible(By.id("work-form"));
		leader.select("status", "IMPLEMENTED");
		leader.click("work-submit");
		assertThat(leader.visible(By.id("evidence-error")).getText()).isEqualTo("Give the evidence that it was implemented.");

		leader.type("evidence", "Profiles circulated on 2 May, see the OCU's log.");
		leader.select("status", "IMPLEMENTED");
		leader.click("work-submit");
		leader.visible(By.id("saved"));
		assertThat(leader.visible(By.id("status-now")).getText()).isEqualTo("Implemented");
		assertThat(leader.visible(By.id("evidence-now")).getText()).isEqualTo("Profiles circulated on 2 May, see the OCU's log.");
		leader.screenshot(Path.of("/tmp/jcohub-recommendation-implemented.png"));

		// Implemented, it no longer counts as overdue.
		leader.get("/recommendations?overdue=true");
		assertThat(leader.driver().findElement(By.tagName("main")).getText()).doesNotContain(text);
	}

	@Test
	void theSecretariatRecordsARecommendationFromAnOperationAndFiltersTheFileByIt() {
		var name = "RECB " + System.nanoTime();
		var start = LocalDate.now().minusMonths(2);
		var created = Api.as(port, accounts.leaderDk()).post("/api/operations", Plans.json(name, "DK-CUSTOMS", "DK",
				List.of("FI"), List.of("CIGARETTES"), List.of("ROAD"), start, start.plusDays(10)));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		var operation = created.json().get("id").asText();
		var text = "Brief the crews of the ferry lines before each phase " + System.nanoTime();

		var keeper = browser.open(port);
		keeper.signIn(accounts.secretariat(), TestAccounts.PASSWORD);
		keeper.get("/recommendations/new");
		keeper.type("reference", "4");
		keeper.type("source", "Debriefing of " + name);
		keeper.type("text", text);
		keeper.select("addressee", "DK-CUSTOMS");
		keeper.select("operation", operation);
		keeper.click("record-submit");
		assertThat(keeper.visible(By.id("operation-now")).getText()).isEqualTo(name);

		keeper.get("/recommendations");
		keeper.select("operation", operation);
		keeper.click("filter-submit");
		keeper.waiting().until(ExpectedConditions.urlContains("operation=" + operation));
		assertThat(keeper.visible(By.id("list-heading")).getText()).isEqualTo("1 recommendation");
		assertThat(keeper.visible(By.id("recommendations")).getText()).contains(text, name);
	}
}
