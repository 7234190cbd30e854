package eu.jcohub.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.support.Api;
import eu.jcohub.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Without an identity provider configured, sign-in is by password only and no OIDC endpoint answers. */
@IntegrationTest
class OidcOffTests {

	@LocalServerPort
	int port;

	@Test
	void theSignInPageOffersNoProvider() {
		var page = Api.anonymous(port).get("/login");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("name=\"password\"").doesNotContain("/oauth2/authorization/");
	}

	@Test
	void theOidcEndpointsDoNotExist() {
		var start = Api.anonymous(port).get("/oauth2/authorization/jcohub");
		assertThat(start.status()).isEqualTo(302);
		assertThat(start.location()).as("like any page: sign in first").endsWith("/login");
		assertThat(Api.anonymous(port).get("/login/oauth2/code/jcohub?code=x&state=y").location()).endsWith("/login");
	}

	@Test
	void aRefusalCodeTheSignInPageDoesNotKnowShowsNothing() {
		assertThat(Api.anonymous(port).get("/login?oidc=%3Cscript%3E").body()).doesNotContain("alert-danger");
		assertThat(Api.anonymous(port).get("/login?oidc=no-role").body()).contains("gave you no JCO Hub role");
	}
}
