package eu.jcohub.review;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.support.Api;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.RawHttp;
import eu.jcohub.support.TestAccounts;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every refusal carries the security headers, including those given before the security chain runs: the security
 * firewall's, the query-string check's and the server's own answer to an address it cannot read. Probe of the
 * security review (the firewall's 400 for {@code //evil.example/} had no CSP or frame headers).
 */
@IntegrationTest
class ErrorResponsesCarrySecurityHeadersTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({
			"GET, //evil.example/, 400, anonymous",
			"GET, /calendar;jsessionid=x/..;/admin, 400, anonymous",
			"GET, /a%00b, 400, anonymous",
			"GET, /api/a%2Fb, 400, anonymous",
			"GET, /api/operations?from=%ZZ, 400, signed-in",
			"GET, /calendar?q=%ZZ, 400, anonymous",
			"GET, /api/operations, 401, anonymous",
			"GET, /api/audit/verify, 403, signed-in",
			"GET, /api/nothing-here, 404, signed-in",
			"DELETE, /api/operations, 405, signed-in",
			"GET, /calendar, 302, anonymous" })
	void everyRefusalCarriesTheSecurityHeaders(String method, String target, int status, String who) {
		var headers = who.equals("anonymous") ? Map.<String, String>of()
				: Map.of("Authorization", "Basic " + Api.basicCredentials(accounts.analyst(), TestAccounts.PASSWORD));
		var answer = new RawHttp(port).send(method, target, headers, null, null);
		assertThat(answer.status()).as(answer.body()).isEqualTo(status);
		var policy = answer.headers().getOrDefault("content-security-policy", "");
		assertThat(policy).contains("frame-ancestors 'none'").contains("script-src 'self';");
		assertThat(answer.headers().get("x-frame-options")).isEqualTo("DENY");
		assertThat(answer.headers().get("x-content-type-options")).isEqualTo("nosniff");
		assertThat(answer.headers().getOrDefault("cache-control", "")).contains("no-store");
		assertThat(answer.headers().get("referrer-policy")).isEqualTo("same-origin");
		assertThat(answer.headers().getOrDefault("server", "")).as("the server does not name itself").isEmpty();
		assertThat(answer.body()).doesNotContain("Tomcat").doesNotContain("Exception").doesNotContain("at org.");
	}
}
