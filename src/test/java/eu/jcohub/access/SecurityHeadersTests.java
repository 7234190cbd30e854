package eu.jcohub.access;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.TestAccounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every answer, page or API, signed in or not, carries the security headers. */
@IntegrationTest
class SecurityHeadersTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@ParameterizedTest
	@ValueSource(strings = { "/login", "/calendar", "/operations", "/error", "/api/operations", "/api/reference/countries",
			"/api/nothing-here" })
	void carriesTheSecurityHeaders(String path) throws Exception {
		var user = accounts.analyst();
		for (var headers : new HttpHeaders[] { get(path, null), get(path, user) }) {
			var policy = headers.firstValue("Content-Security-Policy").orElse("");
			assertThat(policy).contains("frame-ancestors 'none'").contains("script-src 'self'")
				.doesNotContain("unsafe-eval");
			assertThat(policy.substring(policy.indexOf("script-src"))).startsWith("script-src 'self';");
			assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
			assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
			assertThat(headers.firstValue("Cache-Control").orElse("")).contains("no-store");
		}
	}

	private HttpHeaders get(String path, String username) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (username != null) {
			var credentials = username + ":" + TestAccounts.PASSWORD;
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).headers();
	}
}
