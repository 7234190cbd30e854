package eu.jcohub.audit;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.support.FormSession;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What an administrator shows an auditor: the audit trail page, the chain verified, and the access matrix. */
@IntegrationTest
class AuditPagesTests {

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
