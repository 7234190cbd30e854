package eu.jcohub.audit;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.support.Api;
import eu.jcohub.support.FormSession;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.Plans;
import eu.jcohub.support.TestAccounts;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What an administrator shows an auditor: the audit trail page, the chain verified, and the access matrix. */
@IntegrationTest
class AuditPagesTests {

	private static final Pattern UUID = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Test
	void anAdministratorVerifiesTheChainOnThePage() {
		var admin = accounts.admin("t.audit.page.admin");
		var session = new FormSession(port);
		session.signIn(admin, TestAccounts.PASSWORD, accounts.totpCode(admin));
		var page = session.get("/audit?verify=true");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"verification\"", "The chain is intact", "id=\"audit-entries\"",
				"/api/audit-trail.csv");
		assertThat(session.get("/audit?from=not-a-day").body()).contains("id=\"from-error\"");
	}

	@Test
	void theTrailSpeaksInWordsNotInCodes() {
		var pt = accounts.coordinatorPt();
		var start = LocalDate.of(2071, 6, 1);
		var plan = Plans.json("AUDIT WORDS", "PT-CUSTOMS", "PT", List.of("ES"), List.of("COCAINE"),
				List.of("MARITIME_CONTAINER"), start, start.plusDays(4));
		var created = Api.as(port, pt).post("/api/operations", plan).json();
		var id = created.get("id").asString();
		var revised = "{\"version\":" + created.get("version").asLong() + ","
				+ plan.replace(start.plusDays(4).toString(), start.plusDays(8).toString()).strip().substring(1);
		assertThat(Api.as(port, pt).put("/api/operations/" + id, revised).status()).isEqualTo(200);

		var html = FormSession.signedIn(port, pt).get("/audit").body();
		assertThat(UUID.matcher(html).find()).as("a UUID in the page").isFalse();
		var text = text(html);
		assertThat(text).contains("AUDIT WORDS", "created", "updated", "Portugal customs administration",
				"this server (local)", "Operational phases: 1 Jun 2071 – 5 Jun 2071 → 1 Jun 2071 – 9 Jun 2071",
				"Type: Regional JCO", "Transport modes: Maritime: containers", "Participating countries: Spain");
		assertThat(text).doesNotContainPattern("\\b(READ|CREATED|UPDATED|RESOLVED)\\b")
			.doesNotContain("Phase[", "JCO_REGIONAL", "MARITIME_CONTAINER", "PT-CUSTOMS", "0:0:0:0:0:0:0:1", "{\"");
	}

	/** What a reader sees of the page's own content, without its markup. */
	private static String text(String html) {
		var main = html.substring(html.indexOf("<main"), html.indexOf("</main>"));
		return org.springframework.web.util.HtmlUtils.htmlUnescape(main.replaceAll("(?s)<[^>]*>", " "))
			.replaceAll("\\s+", " ");
	}

	@Test
	void othersSearchTheirOwnTrailButDoNotVerifyTheChain() {
		var finn = FormSession.signedIn(port, accounts.coordinatorFi());
		assertThat(finn.get("/audit").body()).doesNotContain("id=\"verify-chain\"").contains("id=\"audit-entries\"");
		assertThat(finn.get("/audit?verify=true").statusCode()).isEqualTo(403);
	}

	@Test
	void theAccessMatrixTheBuildChecksIsShownInTheApplication() {
		var page = FormSession.signedIn(port, accounts.coordinatorFi()).get("/access-matrix");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"matrix-seizures\"", "/api/seizures/{id}", "/api/audit/verify",
				"<td class=\"hub-no\">no</td>", "Amend a seizure report: those who report, in the organisation that made it.");
	}
}
