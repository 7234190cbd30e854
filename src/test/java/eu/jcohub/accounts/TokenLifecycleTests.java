package eu.jcohub.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import eu.jcohub.access.Role;
import eu.jcohub.support.Api;
import eu.jcohub.support.FormSession;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.TestAccounts;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Personal tokens live no longer than the sign-in they stand for: signing out everywhere, a new password, a disabled
 * account and an administrator's revocation end them all, API and feed alike, and their owner is offered new ones.
 * Only the person issues tokens, never a token; tokens are known by ids nobody can guess, and their owner sees when
 * and from where each was last used. Probes of the security review (tokens survived "sign out everywhere" and a
 * new password; a token issued tokens; token ids were sequential).
 */
@IntegrationTest
class TokenLifecycleTests {

	private static final String FEED = "/api/calendar.ics?from=2030-01-01&to=2030-01-31&token=";

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Test
	void signingOutEverywhereRevokesApiAndFeedTokensAndOffersNewOnes() {
		var user = fresh("t.tl.out");
		var api = tokens.issue(user, ApiTokens.Purpose.API, "script", Duration.ofDays(30));
		var feed = tokens.issue(user, ApiTokens.Purpose.CALENDAR_FEED, "calendar feed", Duration.ofDays(30));
		assertThat(Api.bearer(port, api).get("/api/operations?from=2030-01-01&to=2030-01-02").status()).isEqualTo(200);
		assertThat(Api.anonymous(port).get(FEED + feed).status()).isEqualTo(200);

		var session = FormSession.signedIn(port, user);
		var out = session.post("/account", "/account/sign-out-everywhere", Map.of());
		assertThat(out.headers().firstValue("Location").orElse("")).contains("signedOutEverywhere");

		assertThat(Api.bearer(port, api).get("/api/operations").status()).isEqualTo(401);
		assertThat(Api.anonymous(port).get(FEED + feed).status()).isEqualTo(401);
		var again = FormSession.signedIn(port, user);
		var page = again.get("/account/tokens").body();
		assertThat(page).contains("All your tokens were revoked when you signed out everywhere")
			.contains("Issue a new API token").contains("Get a new calendar feed URL")
			.contains("when you signed out everywhere");
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(Api.as(port, user)
			.get("/api/notifications").body()).contains("Your tokens were revoked").contains("2 API and calendar feed"));

		again.post("/account/tokens", "/account/tokens", Map.of("name", "new script", "scope", "READ",
				"validityDays", "5"));
		assertThat(again.get("/account/tokens").body()).as("a new token answers the offer")
			.doesNotContain("All your tokens were revoked");
	}

	@Test
	void changingThePasswordRevokesEveryTokenButKeepsThisSession() {
		var user = fresh("t.tl.password");
		var api = tokens.issue(user, ApiTokens.Purpose.API, "script", Duration.ofDays(30));
		var session = FormSession.signedIn(port, user);
		var changed = session.post("/account", "/account/password", Map.of("current", TestAccounts.PASSWORD,
				"password", "a-brand-new-password-9", "repeat", "a-brand-new-password-9"));
		assertThat(changed.headers().firstValue("Location").orElse("")).endsWith("/account?passwordChanged");
		assertThat(Api.bearer(port, api).get("/api/operations").status()).isEqualTo(401);
		assertThat(session.get("/account?passwordChanged").body()).contains("tokens were revoked");
		assertThat(reasonsOf(user)).containsExactly("PASSWORD_CHANGED");
	}

	@Test
	void anAdministratorsRevocationAndADisabledAccountEndSessionsAndTokens() {
		var admin = accounts.admin("t.tl.admin");
		var adminApi = Api.bearer(port, accounts.apiToken(admin));
		var user = fresh("t.tl.revoked");
		var api = tokens.issue(user, ApiTokens.Purpose.API, "script", Duration.ofDays(30));
		var session = FormSession.signedIn(port, user);

		assertThat(Api.as(port, accounts.secretariat()).post("/api/accounts/" + user + "/revoke-access", "").status())
			.as("administrators only").isEqualTo(403);
		assertThat(adminApi.post("/api/accounts/" + user + "/revoke-access", "").status()).isEqualTo(204);
		assertThat(Api.bearer(port, api).get("/api/operations").status()).isEqualTo(401);
		assertThat(session.get("/account").headers().firstValue("Location").orElse("")).contains("/login");
		assertThat(reasonsOf(user)).containsExactly("BY_ADMINISTRATOR");

		var second = tokens.issue(user, ApiTokens.Purpose.API, "after revocation", Duration.ofDays(30));
		assertThat(Api.bearer(port, second).get("/api/operations?from=2030-01-01&to=2030-01-02").status())
			.as("the account may get in again").isEqualTo(200);
		assertThat(adminApi.post("/api/accounts/" + user + "/disable", "").status()).isEqualTo(204);
		assertThat(Api.bearer(port, second).get("/api/operations").status()).isEqualTo(401);
		assertThat(Api.as(port, user).get("/api/operations").status()).isEqualTo(401);
		assertThat(reasonsOf(user)).containsExactlyInAnyOrder("BY_ADMINISTRATOR", "ACCOUNT_DISABLED");

		assertThat(adminApi.post("/api/accounts/" + user + "/enable", "").status()).isEqualTo(204);
		assertThat(Api.as(port, user).get("/api/operations?from=2030-01-01&to=2030-01-02").status()).isEqualTo(200);
		assertThat(Api.bearer(port, second).get("/api/operations").status()).as("its old tokens stay revoked")
			.isEqualTo(401);
		assertThat(adminApi.post("/api/accounts/" + admin + "/disable", "").status())
			.as("an administrator cannot lock themselves out").isEqualTo(409);
		assertThat(adminApi.post("/api/accounts/nobody-" + UUID.randomUUID().toString().substring(0, 8) + "/disable", "")
			.status()).isEqualTo(404);
	}

	@Test
	void aTokenCannotIssueTokensButThePersonCan() {
		var user = fresh("t.tl.issuer");
		var api = tokens.issue(user, ApiTokens.Purpose.API, "script", Duration.ofDays(30));
		var byToken = Api.bearer(port, api).post("/api/me/tokens", "{\"name\":\"renewed\",\"scopes\":[\"WRITE\"],"
				+ "\"validityDays\":365}");
		assertThat(byToken.status()).isEqualTo(403);
		assertThat(byToken.json().get("detail").asString()).contains("A token cannot issue tokens");
		assertThat(Api.bearer(port, api).post("/api/me/feed-token", "").status()).isEqualTo(403);
		assertThat(tokens.of(user)).hasSize(1);

		assertThat(Api.as(port, user).post("/api/me/tokens", "{\"name\":\"by password\",\"scopes\":[\"READ\"]}")
			.status()).isEqualTo(201);
		var session = FormSession.signedIn(port, user);
		assertThat(session.post("/account/tokens", "/account/tokens", Map.of("name", "by session", "scope", "READ",
				"validityDays", "5")).body()).contains("Your new token");
	}

	@Test
	void tokenIdsAreRandomAndTheOwnerSeesWhenAndFromWhereEachWasUsed() {
		var user = fresh("t.tl.ids");
		var first = Api.as(port, user).post("/api/me/tokens", "{\"name\":\"one\",\"scopes\":[\"READ\"]}").json();
		var second = Api.as(port, user).post("/api/me/tokens", "{\"name\":\"two\",\"scopes\":[\"READ\"]}").json();
		var ids = java.util.List.of(UUID.fromString(first.get("id").asString()),
				UUID.fromString(second.get("id").asString()));
		assertThat(ids).allSatisfy(id -> assertThat(id.version()).as("random").isEqualTo(4));
		assertThat(Api.as(port, user).delete("/api/me/tokens/1").status()).as("no numbers to count through")
			.isEqualTo(400);

		Api.bearer(port, first.get("token").asString()).get("/api/operations?from=2030-01-01&to=2030-01-02");
		var page = FormSession.signedIn(port, user).get("/account/tokens").body();
		var row = page.substring(page.indexOf(">one<"));
		assertThat(row.substring(0, row.indexOf("</tr>"))).contains("from 127.0.0.1").doesNotContain("never");
		var listed = Api.as(port, user).get("/api/me/tokens").json();
		assertThat(listed.toString()).contains("\"lastUsedFrom\":\"127.0.0.1\"").contains("\"issuedFrom\":\"127.0.0.1\"");
	}

	/**
	 * A token's last use is kept to the minute: requests of the same token within it do not write its row again, so
	 * that they do not wait for each other's commits; a use a minute later, or from elsewhere, is recorded.
	 */
	@Test
	void aTokenUsedAgainWithinAMinuteIsNotWrittenAgain() {
		var user = fresh("t.tl.minute");
		var token = tokens.issue(user, ApiTokens.Purpose.API, "script", Duration.ofDays(30));
		var api = Api.bearer(port, token);
		assertThat(api.get("/api/operations?from=2030-01-01&to=2030-01-02").status()).isEqualTo(200);
		var written = rowVersion(user);
		assertThat(api.get("/api/operations?from=2030-01-01&to=2030-01-02").status()).isEqualTo(200);
		assertThat(rowVersion(user)).as("not written again within the minute").isEqualTo(written);

		jdbc.sql("update api_tokens set last_used_at = last_used_at - interval '61 seconds' where username = ?")
			.param(user).update();
		var aMinuteAgo = rowVersion(user);
		assertThat(api.get("/api/operations?from=2030-01-01&to=2030-01-02").status()).isEqualTo(200);
		assertThat(rowVersion(user)).as("written again a minute later").isNotEqualTo(aMinuteAgo);
		assertThat(jdbc.sql("select last_used_at > now() - interval '1 minute' from api_tokens where username = ?")
			.param(user).query(Boolean.class).single()).isTrue();
	}

	/** The token row's version (PostgreSQL's xmin): it changes whenever the row is written. */
	private String rowVersion(String user) {
		return jdbc.sql("select xmin::text from api_tokens where username = ?").param(user).query(String.class).single();
	}

	private java.util.List<String> reasonsOf(String user) {
		return jdbc.sql("select distinct revoked_reason from api_tokens where username = ? and revoked")
			.param(user).query(String.class).list();
	}

	private String fresh(String prefix) {
		return accounts.ensure(prefix + "." + System.nanoTime() % 1_000_000, "NL-CUSTOMS", Role.NATIONAL_COORDINATOR);
	}
}
