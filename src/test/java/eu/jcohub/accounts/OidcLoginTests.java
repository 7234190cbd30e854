package eu.jcohub.accounts;

import eu.jcohub.access.Role;
import eu.jcohub.access.AccessPolicy;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.support.Api;
import eu.jcohub.support.TestAccounts;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sign-in through an identity provider, end to end: JCO Hub (its own context, configured like production with
 * JCOHUB_OIDC_*) against an in-process OpenID Connect provider, driven through the authorization-code flow by a
 * cookie-keeping HTTP client.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ TestAccounts.class, OidcLoginTests.WhoAmI.class })
class OidcLoginTests {

	private static final TestIdentityProvider provider = TestIdentityProvider.start();

	@DynamicPropertySource
	static void identityProvider(DynamicPropertyRegistry properties) {
		properties.add("jcohub.oidc.issuer", provider::issuer);
		properties.add("jcohub.oidc.client-id", () -> TestIdentityProvider.CLIENT_ID);
		properties.add("jcohub.oidc.client-secret", () -> TestIdentityProvider.CLIENT_SECRET);
	}

	@AfterAll
	static void stopProvider() {
		provider.close();
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestAccounts accounts;

	@Test
	void theSignInPageOffersTheProvider() {
		var page = browser().get(jcoHub("/login"));
		assertThat(page.body()).contains("Sign in with your organisation&#39;s identity provider")
			.contains("href=\"/oauth2/authorization/jcohub\"");
	}

	@Test
	void opensAnAccountWithTheOrganisationAndRolesTheProviderGives() {
		provider.person("t.oidc.finn", claims("Finn Provided", "FI-CUSTOMS", List.of("NATIONAL_COORDINATOR",
				"field-officer", "CHIEF_OF_EVERYTHING")));

		var browser = browser();
		var page = browser.signIn("t.oidc.finn");

		assertThat(page.uri().getPath()).isEqualTo("/calendar");
		assertThat(page.body()).contains("<span class=\"hub-account-name\">Finn Provided</span>");
		assertThat(browser.get(jcoHub("/t-oidc/me")).body())
			.isEqualTo("t.oidc.finn FI-CUSTOMS [FIELD_OFFICER, NATIONAL_COORDINATOR]");
		var account = jdbc.sql("select password_hash is null as no_password, external_subject from users where username = ?")
			.param("t.oidc.finn")
			.query()
			.singleRow();
		assertThat(account).containsEntry("no_password", true).containsEntry("external_subject", "t.oidc.finn");
		assertThat(auditActions("t.oidc.finn")).containsExactly("CREATED");
		assertThat(Api.as(port, "t.oidc.finn").get("/api/operations").status())
			.as("an account of the identity provider has no password in JCO Hub").isEqualTo(401);
	}

	@Test
	void eachSignInBringsOrganisationAndRolesUpToDate() {
		provider.person("t.oidc.moving", claims("Moving Person", "FI-CUSTOMS", List.of("FIELD_OFFICER")));
		browser().signIn("t.oidc.moving");
		browser().signIn("t.oidc.moving");
		assertThat(auditActions("t.oidc.moving")).as("an unchanged sign-in changes nothing").containsExactly("CREATED");

		provider.person("t.oidc.moving", claims("Moving Person", "DK-CUSTOMS", "OPERATION_LEADER ANALYST"));
		var browser = browser();
		browser.signIn("t.oidc.moving");

		assertThat(browser.get(jcoHub("/t-oidc/me")).body())
			.isEqualTo("t.oidc.moving DK-CUSTOMS [ANALYST, OPERATION_LEADER]");
		assertThat(auditActions("t.oidc.moving")).containsExactly("CREATED", "UPDATED");
	}

	@Test
	void refusesAnOrganisationJcoHubDoesNotKnow() {
		provider.person("t.oidc.nowhere", claims("Nobody Known", "XX-NOWHERE", List.of("NATIONAL_COORDINATOR")));

		var page = browser().signIn("t.oidc.nowhere");

		assertThat(page.uri().getPath()).isEqualTo("/login");
		assertThat(page.uri().getQuery()).isEqualTo("oidc=unknown-organisation");
		assertThat(page.body()).contains("did not name an organisation that JCO Hub knows");
		assertThat(exists("t.oidc.nowhere")).isFalse();
	}

	@Test
	void refusesWithoutAJcoHubRole() {
		provider.person("t.oidc.roleless", claims("No Role", "FI-CUSTOMS", List.of("CHIEF_OF_EVERYTHING")));

		var page = browser().signIn("t.oidc.roleless");

		assertThat(page.uri().getQuery()).isEqualTo("oidc=no-role");
		assertThat(page.body()).contains("gave you no JCO Hub role");
		assertThat(exists("t.oidc.roleless")).isFalse();
	}

	@Test
	void refusesAnAccountDisabledInJcoHub() {
		provider.person("t.oidc.disabled", claims("Gone Away", "FI-CUSTOMS", List.of("FIELD_OFFICER")));
		browser().signIn("t.oidc.disabled");
		jdbc.sql("update users set enabled = false where username = ?").param("t.oidc.disabled").update();

		var page = browser().signIn("t.oidc.disabled");

		assertThat(page.uri().getQuery()).isEqualTo("oidc=disabled");
		assertThat(page.body()).contains("Your JCO Hub account is disabled.");
	}

	@Test
	void neverTakesOverAPasswordAccount() {
		accounts.ensure("t.oidc.local", "PT-CUSTOMS", Role.NATIONAL_COORDINATOR);
		provider.person("t.oidc.local", claims("Someone Else", "FI-CUSTOMS", List.of("SECRETARIAT")));

		var page = browser().signIn("t.oidc.local");

		assertThat(page.uri().getQuery()).isEqualTo("oidc=username-taken");
		var account = jdbc.sql("select organisation, roles[1] as role, password_hash is not null as has_password, "
				+ "external_subject from users where username = ?").param("t.oidc.local").query().singleRow();
		assertThat(account).containsEntry("organisation", "PT-CUSTOMS").containsEntry("role", "NATIONAL_COORDINATOR")
			.containsEntry("has_password", true).containsEntry("external_subject", null);
		assertThat(Api.as(port, "t.oidc.local").get("/api/operations").status()).isEqualTo(200);
	}

	private static Map<String, Object> claims(String name, String organisation, Object roles) {
		return Map.of("name", name, "jcohub_organisation", organisation, "jcohub_roles", roles);
	}

	private List<String> auditActions(String username) {
		return jdbc.sql("select action from audit_log where entity_type = 'user' and entity_id = ? order by id")
			.param(username)
			.query(String.class)
			.list();
	}

	private boolean exists(String username) {
		return jdbc.sql("select exists (select 1 from users where username = ?)").param(username).query(Boolean.class).single();
	}

	/** JCO Hub answers on 127.0.0.1 and the provider on localhost, so their session cookies stay apart. */
	private URI jcoHub(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private Browser browser() {
		return new Browser(jcoHub("/oauth2/authorization/jcohub"));
	}

	/** What the access policy makes of the signed-in user. */
	@TestConfiguration(proxyBeanMethods = false)
	@RestController
	static class WhoAmI {

		private final AccessPolicy policy;

		WhoAmI(AccessPolicy policy) {
			this.policy = policy;
		}

		@GetMapping("/t-oidc/me")
		String me() {
			var user = policy.currentUser();
			return user.username() + " " + user.organisation() + " " + user.roles().stream().map(Role::name).sorted().toList();
		}
	}

	/** A browser: keeps cookies, follows redirects, posts the provider's sign-in form. */
	private record Browser(HttpClient client, URI start) {

		private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"");

		Browser(URI start) {
			this(HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
				.build(), start);
		}

		/** Starts at JCO Hub's provider link, signs in at the provider and ends where JCO Hub sends the user. */
		HttpResponse<String> signIn(String username) {
			var form = get(start);
			assertThat(form.uri().getHost()).as("the provider's sign-in page").isEqualTo("localhost");
			var csrf = CSRF.matcher(form.body());
			assertThat(csrf.find()).as("CSRF token in " + form.body()).isTrue();
			var body = "username=" + encode(username) + "&password=" + encode(TestIdentityProvider.PASSWORD) + "&_csrf="
					+ encode(csrf.group(1));
			return follow(send(HttpRequest.newBuilder(form.uri())
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))));
		}

		HttpResponse<String> get(URI uri) {
			return follow(send(HttpRequest.newBuilder(uri).GET()));
		}

		private HttpResponse<String> follow(HttpResponse<String> response) {
			for (int hops = 0; hops < 10 && response.statusCode() / 100 == 3; hops++) {
				var next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
				response = send(HttpRequest.newBuilder(next).GET());
			}
			assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isEqualTo(200);
			return response;
		}

		private HttpResponse<String> send(HttpRequest.Builder request) {
			try {
				return client.send(request.header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
			}
			catch (IOException e) {
				throw new IllegalStateException(e);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}
	}
}
