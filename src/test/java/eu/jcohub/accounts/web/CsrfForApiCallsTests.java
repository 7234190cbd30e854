package eu.jcohub.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.support.Api;
import eu.jcohub.support.FormSession;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.TestAccounts;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Swagger UI's "Try it out" from a signed-in browser: the call carries the session cookie and, after
 * "Authorize", its own credentials. Those need no CSRF token; the cookie alone does.
 */
@IntegrationTest
class CsrfForApiCallsTests {

	private static final String CHANGE = "/api/me/feed-token";

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Test
	void aPostWithABearerTokenAndTheSessionCookieNeedsNoCsrfToken() {
		var user = accounts.coordinatorFi();
		var browser = FormSession.signedIn(port, user);
		// A token may not issue feed URLs; it may check a draft for conflicts, which is a POST as well.
		var draft = eu.jcohub.support.Plans.json("CSRF CHECK", "FI-CUSTOMS", "FI", java.util.List.of("FI"),
				java.util.List.of("CASH"), java.util.List.of("AIR"), java.time.LocalDate.of(2039, 1, 1),
				java.time.LocalDate.of(2039, 1, 5));
		var answer = browser.postJsonWithoutCsrf("/api/deconfliction/check", draft,
				Map.of("Authorization", "Bearer " + accounts.apiToken(user)));
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		assertThat(answer.body()).startsWith("[");
	}

	@Test
	void aPostWithHttpBasicAndTheSessionCookieNeedsNoCsrfToken() {
		var user = accounts.coordinatorFi();
		var browser = FormSession.signedIn(port, user);
		var answer = browser.postJsonWithoutCsrf(CHANGE, "{}",
				Map.of("Authorization", "Basic " + Api.basicCredentials(user, TestAccounts.PASSWORD)));
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
	}

	@Test
	void aPostWithTheSessionCookieAloneAndNoCsrfTokenIsRefused() {
		var browser = FormSession.signedIn(port, accounts.coordinatorFi());
		var answer = browser.postJsonWithoutCsrf(CHANGE, "{}", Map.of());
		assertThat(answer.statusCode()).isEqualTo(403);
		assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(answer.body()).contains("CSRF token").contains("Authorize");
	}

	@Test
	void anAuthorizationHeaderOfAnotherSchemeDoesNotLiftTheCsrfCheck() {
		var browser = FormSession.signedIn(port, accounts.coordinatorFi());
		var answer = browser.postJsonWithoutCsrf(CHANGE, "{}", Map.of("Authorization", "Negotiate abc"));
		assertThat(answer.statusCode()).isEqualTo(403);
	}

	@Test
	void aRefusalThatIsNotAboutCsrfSaysSoWithoutMentioningIt() {
		var answer = Api.as(port, accounts.coordinatorFi()).get("/api/audit/verify");
		assertThat(answer.status()).isEqualTo(403);
		assertThat(answer.body()).doesNotContain("CSRF");
	}
}
