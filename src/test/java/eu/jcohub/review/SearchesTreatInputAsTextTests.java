package eu.jcohub.review;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.access.Role;
import eu.jcohub.support.Api;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.Plans;
import eu.jcohub.support.TestAccounts;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Searches match what was typed as text: {@code %} and {@code _} are characters, not wildcards, and a minimum
 * length counts letters. Probes of the security review ({@code ?name=%25%25%25} returned records).
 */
@IntegrationTest
class SearchesTreatInputAsTextTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	String officer;
	String coordinator;
	String operation;

	@BeforeEach
	void aReportNamingPersons() {
		var leader = accounts.ensure("t.st.leader.se", "SE-CUSTOMS", Role.OPERATION_LEADER);
		officer = accounts.ensure("t.st.officer.se", "SE-CUSTOMS", Role.FIELD_OFFICER);
		coordinator = accounts.ensure("t.st.coordinator.se", "SE-CUSTOMS", Role.NATIONAL_COORDINATOR);
		operation = Api.as(port, leader).post("/api/operations", Plans.json("ST-" + System.nanoTime(), "SE-CUSTOMS",
				"SE", List.of("FI"), List.of("CIGARETTES"), List.of("ROAD"), LocalDate.of(2024, 6, 1),
				LocalDate.of(2024, 6, 20))).json().get("id").asString();
		report("Anna-Karin Wildcardson");
		report("Max_Underscoresson");
	}

	@Test
	void percentSignsAreNoWildcardsAndCountNoLetters() {
		var search = Api.as(port, coordinator).get("/api/subject-access?name=%25%25%25");
		assertThat(search.status()).as(search.body()).isEqualTo(422);
		assertThat(search.json().get("errors").get("name").asString()).contains("three letters");
		assertThat(Api.as(port, coordinator).get("/api/subject-access?name=" + encode("%a%b%")).status())
			.as("two letters among wildcards").isEqualTo(422);
	}

	@Test
	void anUnderscoreMatchesAnUnderscoreOnly() {
		assertThat(found("an_a-karin")).as("the underscore would match the 'n' of Anna as a wildcard").isEmpty();
		assertThat(found("x_underscore")).containsExactly("personName");
		assertThat(found("wildcardson")).containsExactly("personName");
		assertThat(found("%wildcardson")).as("a percent sign is looked for as typed").isEmpty();
	}

	@Test
	void theCalendarSearchLooksForTheTextAsTyped() {
		var leader = accounts.ensure("t.st.leader.se", "SE-CUSTOMS", Role.OPERATION_LEADER);
		var suffix = String.valueOf(System.nanoTime());
		create(leader, "PCT 100% SURE " + suffix);
		create(leader, "PCT 1000 SURE " + suffix);
		create(leader, "BACKSLASH \\ " + suffix);
		assertThat(names("100% SURE " + suffix)).containsExactly("PCT 100% SURE " + suffix);
		assertThat(names("100_ SURE " + suffix)).as("the underscore is no wildcard for the last 0").isEmpty();
		assertThat(names("\\ " + suffix)).containsExactly("BACKSLASH \\ " + suffix);
		assertThat(names("%")).allMatch(name -> name.contains("%"));
	}

	private List<String> found(String name) {
		var answer = Api.as(port, coordinator).get("/api/subject-access?name=" + encode(name));
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		var fields = new ArrayList<String>();
		answer.json().forEach(mention -> {
			if (mention.get("operationId").asString().equals(operation)) {
				mention.get("matchedFields").forEach(field -> fields.add(field.asString()));
			}
		});
		return fields;
	}

	private List<String> names(String q) {
		var names = new ArrayList<String>();
		Api.as(port, officer).get("/api/operations?from=2094-01-01&to=2094-12-31&q=" + encode(q)).json()
			.forEach(operation -> names.add(operation.get("name").asString()));
		return names;
	}

	private void create(String leader, String name) {
		var body = Plans.json("X", "SE-CUSTOMS", "SE", List.of("FI"), List.of("CIGARETTES"), List.of("ROAD"),
				LocalDate.of(2094, 3, 1), LocalDate.of(2094, 3, 5)).replace("\"name\":\"X\"",
						"\"name\":\"" + name.replace("\\", "\\\\") + "\"");
		var response = Api.as(port, leader).post("/api/operations", body);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
	}

	private void report(String person) {
		var response = Api.as(port, officer).post("/api/operations/" + operation + "/seizures", """
				{"seizedOn":"2024-06-10","locationCode":"SEGOT","goodsCategory":"CIGARETTES",
				 "description":"cartons","handlingCode":"PARTICIPANTS","personName":"%s"}""".formatted(person));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
