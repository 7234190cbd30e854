package eu.jcohub;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.accounts.ApiTokens;
import eu.jcohub.support.Api;
import eu.jcohub.support.FormSession;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.TestAccounts;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The parts of the API every client relies on: health, reference data, OpenAPI, sign-in by token. */
@IntegrationTest
class PlatformApiTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ApiTokens tokens;

	@Test
	void healthIsUpWithoutSigningIn() {
		var response = Api.anonymous(port).get("/actuator/health");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("status").asString()).isEqualTo("UP");
	}

	@Test
	void referenceListsAreServed() {
		var user = accounts.analyst();
		var countries = Api.as(port, user).get("/api/reference/countries").json();
		assertThat(countries.size()).isGreaterThanOrEqualTo(27);
		assertThat(Api.as(port, user).get("/api/reference/risk-areas").body()).contains("CIGARETTES").contains("\"parent\":\"TOBACCO\"");
		assertThat(Api.as(port, user).get("/api/reference/organisations").body()).contains("FRONTEX").contains("FI-CUSTOMS");
		assertThat(Api.as(port, user).get("/api/reference/transport-modes").body()).contains("MARITIME_CONTAINER");
		assertThat(Api.as(port, user).get("/api/reference/locations").body()).contains("FIHEL");
		assertThat(Api.as(port, user).get("/api/reference/planets").status()).isEqualTo(404);
	}

	@Test
	void openApiDescribesTheOperationsApiToThoseSignedIn() {
		var response = Api.as(port, accounts.analyst()).get("/v3/api-docs");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).contains("/api/operations").contains("/api/deconfliction/check");
		assertThat(FormSession.signedIn(port, accounts.analyst()).get("/swagger-ui/index.html").statusCode())
			.isEqualTo(200);
	}

	@Test
	void theApiDescriptionIsPrivateOutsideTheDemo() {
		for (var path : java.util.List.of("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/swagger-config")) {
			var anonymous = Api.anonymous(port).get(path);
			assertThat(anonymous.status()).as(path).isEqualTo(401);
			assertThat(anonymous.body()).doesNotContain("personName").doesNotContain("/api/");
		}
		var page = Api.anonymous(port).get("/swagger-ui/index.html");
		assertThat(page.status()).isEqualTo(302);
		assertThat(page.location()).isEqualTo("/login");
	}

	@Test
	void aPersonalApiTokenSignsInAMachineClient() {
		var user = accounts.observerFrontex();
		var token = tokens.issue(user, ApiTokens.Purpose.API, "work programme sync", Duration.ofDays(30));
		assertThat(Api.bearer(port, token).get("/api/operations").status()).isEqualTo(200);
		assertThat(Api.bearer(port, token + "x").get("/api/operations").status()).isEqualTo(401);
	}

	@Test
	void aFeedTokenIsNoApiToken() {
		var user = accounts.analyst();
		var feed = tokens.issue(user, ApiTokens.Purpose.CALENDAR_FEED, "calendar", Duration.ofDays(30));
		assertThat(Api.bearer(port, feed).get("/api/operations").status()).isEqualTo(401);
	}

	@Test
	void wrongPasswordIs401AndUnknownApiPathIs404ProblemDetail() {
		accounts.analyst();
		var wrong = Api.bearer(port, "nonsense").get("/api/operations");
		assertThat(wrong.status()).isEqualTo(401);
		var unknown = Api.as(port, "t.analyst").get("/api/nothing-here");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.contentType()).startsWith("application/problem+json");
	}

	@Test
	void pagesRedirectToSignInButTheApiNever() {
		var page = Api.anonymous(port).get("/calendar");
		assertThat(page.status()).isEqualTo(302);
		var api = Api.anonymous(port).get("/api/operations/export.csv");
		assertThat(api.status()).isEqualTo(401);
	}
}
