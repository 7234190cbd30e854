package eu.jcohub.review;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.support.Api;
import eu.jcohub.support.FormSession;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.RawHttp;
import eu.jcohub.support.TestAccounts;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request's Host header (and the forwarded host, without a trusted proxy) is the client's to write: it never makes
 * it into a redirect, the API description or a link JCO Hub hands out. Probes of the security review (Location:
 * http://evil.example/login; the API description's servers named evil.example).
 */
@IntegrationTest
class HostHeaderTests {

	private static final Map<String, String> EVIL = Map.of("Host", "evil.example", "X-Forwarded-Host", "evil.example");

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Test
	void redirectsNameAPathOnly() {
		var http = new RawHttp(port);
		var toLogin = http.send("GET", "/calendar", EVIL, null, null);
		assertThat(toLogin.status()).isEqualTo(302);
		assertThat(toLogin.headers().get("location")).isEqualTo("/login");

		var session = FormSession.signedIn(port, accounts.analyst());
		var headers = new java.util.HashMap<>(EVIL);
		headers.put("Cookie", session.cookieHeader());
		var out = http.send("GET", "/operations/new", headers, null, null);
		assertThat(out.headers().getOrDefault("location", "")).doesNotContain("evil");
	}

	@Test
	void theApiDescriptionNamesNoServerTheRequestClaimed() {
		var headers = new java.util.HashMap<>(EVIL);
		headers.put("Authorization", "Basic " + Api.basicCredentials(accounts.analyst(), TestAccounts.PASSWORD));
		var docs = new RawHttp(port).send("GET", "/v3/api-docs", headers, null, null);
		assertThat(docs.status()).isEqualTo(200);
		var servers = JsonMapper.builder().build().readTree(docs.body()).get("servers");
		assertThat(servers).hasSize(1);
		assertThat(servers.get(0).get("url").asString()).isEqualTo("/");
		assertThat(docs.body()).doesNotContain("evil.example");
	}

	@Test
	void aFeedUrlIsBuiltOnTheServersOwnAddress() {
		var headers = new java.util.HashMap<>(EVIL);
		headers.put("Authorization", "Basic " + Api.basicCredentials(accounts.analyst(), TestAccounts.PASSWORD));
		var issued = new RawHttp(port).send("POST", "/api/me/feed-token", headers, "application/json", new byte[0]);
		assertThat(issued.status()).as(issued.body()).isEqualTo(200);
		var url = JsonMapper.builder().build().readTree(issued.body()).get("url").asString();
		assertThat(url).startsWith("http://127.0.0.1:" + port + "/api/calendar.ics?token=feed_").doesNotContain("evil");
	}
}
