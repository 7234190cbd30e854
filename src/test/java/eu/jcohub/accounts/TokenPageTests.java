package eu.jcohub.accounts;

import eu.jcohub.access.Role;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.support.Api;
import eu.jcohub.support.FormSession;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.TestAccounts;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class TokenPageTests {

	private static final Pattern SHOWN = Pattern.compile("id=\"issued-token\"[^>]*value=\"(jco_[^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Test
	void issuesAReadTokenShownOnceAndListsIt() {
		var user = accounts.ensure("t.tokens.page", "FI-CUSTOMS", Role.NATIONAL_COORDINATOR);
		var session = FormSession.signedIn(port, user);
		var empty = session.get("/account/tokens");
		assertThat(empty.statusCode()).isEqualTo(200);
		assertThat(empty.body()).contains("You have no tokens yet.").contains("for=\"name\"")
			.contains("for=\"scope-read\"").contains("for=\"validityDays\"").contains("value=\"90\"");

		var created = session.postForm("/account/tokens", "/account/tokens",
				Map.of("name", "reporting tool", "scope", "READ", "validityDays", "7"));
		assertThat(created.statusCode()).isEqualTo(200);
		var matcher = SHOWN.matcher(created.body());
		assertThat(matcher.find()).as("the new token on the page").isTrue();
		var token = matcher.group(1);
		assertThat(created.body()).contains("it is shown only this once").contains("reporting tool")
			.contains("Read only").contains("Active").contains("never");

		var later = session.get("/account/tokens").body();
		assertThat(later).contains("reporting tool").doesNotContain(token);
		assertThat(Api.bearer(port, token).get("/api/operations").status()).isEqualTo(200);
		assertThat(Api.bearer(port, token).post("/api/operations", "{}").status()).isEqualTo(403);
	}

	@Test
	void wrongFieldsAreMarkedNextToThemAndNothingIsIssued() {
		var user = accounts.ensure("t.tokens.page-errors", "FI-CUSTOMS", Role.NATIONAL_COORDINATOR);
		var session = FormSession.signedIn(port, user);
		var refused = session.postForm("/account/tokens", "/account/tokens",
				Map.of("name", "", "validityDays", "forever")).body();
		assertThat(refused).contains("id=\"name-error\"").contains("Give the token a name of at most 80 characters.")
			.contains("id=\"scopes-error\"").contains("Choose read only or read and write.")
			.contains("id=\"validityDays-error\"").contains("Choose a whole number of days from 1 to 365.")
			.contains("value=\"forever\"").doesNotContain("id=\"issued-token\"");
		assertThat(session.get("/account/tokens").body()).contains("You have no tokens yet.");
	}

	@Test
	void revokesOwnTokensOnlyAndTheExchangePageLinksHere() {
		var owner = accounts.ensure("t.tokens.page-owner", "FI-CUSTOMS", Role.NATIONAL_COORDINATOR);
		var other = accounts.ensure("t.tokens.page-other", "PT-CUSTOMS", Role.NATIONAL_COORDINATOR);
		var created = Api.as(port, owner).post("/api/me/tokens", "{\"name\":\"old script\",\"scopes\":[\"WRITE\"]}").json();
		var id = created.get("id").asString();

		var stranger = FormSession.signedIn(port, other);
		assertThat(stranger.postForm("/account/tokens", "/account/tokens/" + id + "/revoke", Map.of()).statusCode())
			.isEqualTo(404);
		assertThat(Api.bearer(port, created.get("token").asString()).get("/api/operations").status()).isEqualTo(200);

		var session = FormSession.signedIn(port, owner);
		assertThat(session.get("/account/tokens").body()).contains("Revoke the token old script");
		var revoked = session.postForm("/account/tokens", "/account/tokens/" + id + "/revoke", Map.of());
		assertThat(revoked.statusCode()).isEqualTo(302);
		assertThat(revoked.headers().firstValue("Location").orElse("")).endsWith("/account/tokens?revoked");
		var page = session.get("/account/tokens?revoked").body();
		assertThat(page).contains("The token is revoked").contains("Revoked")
			.doesNotContain("Revoke the token old script");
		assertThat(Api.bearer(port, created.get("token").asString()).get("/api/operations").status()).isEqualTo(401);

		assertThat(session.get("/exchange").body()).contains("href=\"/account/tokens\"");
	}
}
