package eu.jcohub.review;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.access.Role;
import eu.jcohub.support.Api;
import eu.jcohub.support.FormSession;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.Plans;
import eu.jcohub.support.TestAccounts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Who may not do something is refused (403) before what they sent is looked at, so that a refusal never depends on
 * the input; and no refusal names who owns the record. Probes of the security review (subject access answered 422
 * before 403; a refused PUT named the owning organisation).
 */
@IntegrationTest
class AuthorizationBeforeValidationTests {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	String outsider;
	String operation;
	String report;

	@BeforeEach
	void aDanishOperationWithAReport() {
		var leader = accounts.ensure("t.abv.leader.dk", "DK-CUSTOMS", Role.OPERATION_LEADER);
		var officer = accounts.ensure("t.abv.officer.dk", "DK-CUSTOMS", Role.FIELD_OFFICER);
		outsider = accounts.ensure("t.abv.officer.pt", "PT-CUSTOMS", Role.FIELD_OFFICER);
		operation = Api.as(port, leader).post("/api/operations", Plans.json("ABV-" + System.nanoTime(), "DK-CUSTOMS",
				"DK", List.of("FI"), List.of("CIGARETTES"), List.of("ROAD"), LocalDate.of(2024, 9, 1),
				LocalDate.of(2024, 9, 20))).json().get("id").asString();
		report = Api.as(port, officer).post("/api/operations/" + operation + "/seizures", """
				{"seizedOn":"2024-09-05","locationCode":"DKAAR","goodsCategory":"CIGARETTES",
				 "description":"cartons","handlingCode":"PARTICIPANTS"}""").json().get("id").asString();
	}

	@Test
	void subjectAccessRefusesTheRoleBeforeReadingTheQuery() {
		var observer = accounts.observerFrontex();
		for (var query : List.of("name=%25%25%25", "name=ab", "birthDate=not-a-date", "")) {
			var answer = Api.as(port, observer).get("/api/subject-access?" + query);
			assertThat(answer.status()).as(query + ": " + answer.body()).isEqualTo(403);
		}
		var page = FormSession.signedIn(port, observer).get("/data-protection?name=%25%25%25");
		assertThat(page.statusCode()).isEqualTo(403);
	}

	@Test
	void editsAreRefusedBeforeTheirBodyIsReadAndTheRefusalNamesNoOwner() {
		var api = Api.as(port, outsider);
		var answers = List.of(api.put("/api/operations/" + operation, "{}"),
				api.put("/api/operations/" + operation, "{\"version\":0}"),
				api.put("/api/seizures/" + report, "{}"),
				api.post("/api/operations/" + operation + "/seizures", "{}"),
				api.put("/api/retention-rules/PERSON", "{\"organisation\":\"DK-CUSTOMS\"}"));
		for (var answer : answers) {
			assertThat(answer.status()).as(answer.body()).isEqualTo(403);
			assertThat(answer.body()).doesNotContain("DK-CUSTOMS").doesNotContain("Denmark").doesNotContain("Danish");
		}
		var form = FormSession.signedIn(port, outsider);
		form.get("/calendar");
		assertThat(form.post("/calendar", "/operations/" + operation, Map.of("name", "")).statusCode()).isEqualTo(403);
		assertThat(form.post("/calendar", "/seizures/" + report, Map.of()).statusCode()).isEqualTo(403);
		assertThat(form.post("/calendar", "/operations/" + operation + "/seizures", Map.of()).statusCode()).isEqualTo(403);
		assertThat(form.post("/calendar", "/data-protection/retention", Map.of("organisation", "DK-CUSTOMS",
				"category", "PERSON", "years", "x")).statusCode()).isEqualTo(403);
	}

	@Test
	void noRefusalTextHasRoomForWhoOwnsTheRecord() throws Exception {
		var refusals = new ArrayList<String>();
		for (var bundle : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
			var properties = new java.util.Properties();
			try (var in = bundle.getInputStream()) {
				properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
			}
			properties.forEach((key, text) -> {
				if (key.toString().endsWith(".refused") && key.toString().startsWith("access.")) {
					refusals.add(key + "=" + text);
				}
			});
		}
		assertThat(refusals).hasSizeGreaterThan(8);
		assertThat(refusals).as("a refusal with an argument could be filled with an owner")
			.noneMatch(text -> PLACEHOLDER.matcher(text).find())
			.noneMatch(text -> text.toLowerCase(Locale.ROOT).contains("customs administration of"));
	}
}
