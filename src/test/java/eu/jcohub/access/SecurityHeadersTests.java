package eu.jcohub.access;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.support.Api;
import eu.jcohub.support.FormSession;
import eu.jcohub.support.GetEndpoints;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.Plans;
import eu.jcohub.support.matrix.IsolationPart;
import eu.jcohub.support.matrix.IsolationScenario;
import eu.jcohub.support.matrix.ModuleParts;
import org.springframework.context.ApplicationContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import eu.jcohub.support.TestAccounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every answer, page or API, signed in or not, carries the security headers; every page of the application
 * (walked from the controller mappings) does, and none has an inline script or event handler.
 */
@IntegrationTest
class SecurityHeadersTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ApplicationContext context;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

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

	@Test
	void everyPageAndEndpointOfTheApplicationCarriesThemSignedIn() throws Exception {
		var officer = accounts.ensure("t.headers.officer.dk", "DK-CUSTOMS", Role.FIELD_OFFICER);
		var operation = Api.as(port, accounts.leaderDk()).post("/api/operations", Plans.json("HEADERS-" + System.nanoTime(),
				"DK-CUSTOMS", "DK", List.of("FI"), List.of("CIGARETTES"), List.of("ROAD"), LocalDate.of(2025, 2, 1),
				LocalDate.of(2025, 2, 5))).json().get("id").asString();
		// Each module's records and paths, as the isolation test makes them, so that every page shows a real record.
		var scenario = new IsolationScenario(context, port);
		scenario.name("A", operation);
		scenario.name("B", operation);
		scenario.name("B.name", "HEADERS");
		scenario.name("B.officer", officer);
		var parts = ModuleParts.of(IsolationPart.class, IsolationPart::isolationOrder);
		parts.forEach(part -> part.prepare(scenario));
		var pages = FormSession.signedIn(port, officer);
		var checked = new TreeSet<String>();
		var problems = new ArrayList<String>();
		for (var pattern : GetEndpoints.patterns(mappings)) {
			var path = parts.stream().flatMap(part -> part.path(pattern, scenario).stream()).findFirst()
				.orElseGet(() -> GetEndpoints.path(pattern, operation, operation));
			if (path.startsWith("/api/")) {
				check(path, get(path, officer), problems);
			}
			else {
				var response = pages.get(path);
				check(path, response.headers(), problems);
				var body = response.body();
				if (body.matches("(?s).*<script(?![^>]*\\bsrc=)[^>]*>.*") || body.matches("(?s).*\\son[a-z]+=\".*")) {
					problems.add(path + ": inline script or event handler");
				}
			}
			checked.add(path);
		}
		assertThat(checked).hasSizeGreaterThan(30);
		assertThat(problems).isEmpty();
	}

	private static void check(String path, HttpHeaders headers, List<String> problems) {
		var policy = headers.firstValue("Content-Security-Policy").orElse("");
		if (!policy.contains("frame-ancestors 'none'") || !policy.contains("script-src 'self';")) {
			problems.add(path + ": Content-Security-Policy " + policy);
		}
		if (!headers.firstValue("X-Content-Type-Options").orElse("").equals("nosniff")) {
			problems.add(path + ": no X-Content-Type-Options");
		}
		if (!headers.firstValue("X-Frame-Options").orElse("").equals("DENY")) {
			problems.add(path + ": no X-Frame-Options");
		}
		if (!headers.firstValue("Cache-Control").orElse("").contains("no-store")) {
			problems.add(path + ": cacheable");
		}
	}

	private HttpHeaders get(String path, String username) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (username != null) {
			request.header("Authorization", "Basic " + Api.basicCredentials(username, TestAccounts.PASSWORD));
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).headers();
	}
}
