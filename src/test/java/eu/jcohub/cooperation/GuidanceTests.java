package eu.jcohub.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.access.Role;
import eu.jcohub.support.Api;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.TestAccounts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The competence matrix and the guidance written from it: each state confirms its own entries, and the guidance for
 * a pair says who asks and who must agree, who decides and acts, the declarations, the contact points, what is old
 * and what is missing. Austria, Belgium, Czechia and Hungary are this test's own states.
 */
@IntegrationTest
class GuidanceTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void guidanceForSeveralPairsIsWrittenFromBothStatesEntriesWithDeclarationsAndMissingOnes() {
		confirm("AT", 22, """
				{"authorities":["CUSTOMS","POLICE"],"decidedBy":"PROSECUTOR","contactPoint":"AT Naples desk","legalBasis":"AT customs law"}""");
		confirm("BE", 22, """
				{"authorities":["POLICE"],"decidedBy":"INVESTIGATING_JUDGE","declaration":"Only for drugs and weapons.",
				 "contactPoint":"BE Naples desk","legalBasis":"BE code of criminal procedure"}""");

		var atToBe = guidance(22, "AT", "BE");
		assertThat(atToBe.title()).isEqualTo("Controlled delivery from Austria to Belgium");
		assertThat(atToBe.requesting()).containsExactly(
				"In Austria, customs and the police may make the request once the public prosecutor has agreed.",
				"Austria made no declaration limiting this form.", "Contact point in Austria: AT Naples desk.",
				"Legal basis in Austria: AT customs law.");
		assertThat(atToBe.requested()).containsExactly(
				"In Belgium, the investigating judge decides on the request; it is carried out by the police.",
				"Customs are not competent for this in Belgium: work with the police.",
				"Belgium declared: Only for drugs and weapons.", "Contact point in Belgium: BE Naples desk.",
				"Legal basis in Belgium: BE code of criminal procedure.");
		assertThat(atToBe.complete()).isTrue();

		var beToAt = guidance(22, "BE", "AT");
		assertThat(beToAt.requesting().get(0))
			.isEqualTo("In Belgium, the police may make the request once the investigating judge has agreed.");
		assertThat(beToAt.requested().get(0))
			.isEqualTo("In Austria, the public prosecutor decides on the request; it is carried out by customs and the police.");

		var atToHu = guidance(22, "AT", "HU");
		assertThat(atToHu.requested()).containsExactly("No information from Hungary: ask the contact point.");
		assertThat(atToHu.complete()).isFalse();
	}

	@Test
	void aDeclarationRefusingTheFormAndAStateDecidingItselfAreSaid() {
		confirm("CZ", 20, """
				{"authorities":["CUSTOMS","POLICE","BORDER_GUARD"],"declaration":"Hot pursuit is not accepted on Czech territory.",
				 "contactPoint":"CZ desk","legalBasis":"CZ law"}""");

		var toCzechia = guidance(20, "HU", "CZ");

		assertThat(toCzechia.title()).isEqualTo("Hot pursuit from Hungary to Czechia");
		assertThat(toCzechia.requesting()).containsExactly("No information from Hungary: ask the contact point.");
		assertThat(toCzechia.requested()).startsWith(
				"In Czechia, the request is decided and carried out by customs, the police and the border guard.",
				"Czechia declared: Hot pursuit is not accepted on Czech territory.");
	}

	@Test
	void anEntryOlderThanAYearIsFlaggedInTheMatrixAndInTheGuidance() {
		confirm("AT", 24, """
				{"authorities":["CUSTOMS","POLICE","PROSECUTOR"],"decidedBy":"PROSECUTOR","contactPoint":"AT desk","legalBasis":"AT law"}""");
		var old = LocalDate.now().minusYears(1).minusDays(3);
		jdbc.sql("update naples_competences set last_confirmed = ? where country = 'AT' and article = 24").param(old).update();

		var entry = entries("AT").stream().filter(e -> e.get("article").asInt() == 24).findFirst().orElseThrow();
		assertThat(entry.get("toReconfirm").asBoolean()).isTrue();
		assertThat(guidance(24, "AT", "BE").requesting()).last().asString()
			.startsWith("Austria last confirmed its entry on ").endsWith("more than a year ago: check it with the contact point.");

		confirm("AT", 24, """
				{"authorities":["CUSTOMS","POLICE","PROSECUTOR"],"decidedBy":"PROSECUTOR","contactPoint":"AT desk","legalBasis":"AT law"}""");
		assertThat(entries("AT").stream().filter(e -> e.get("article").asInt() == 24).findFirst().orElseThrow()
			.get("toReconfirm").asBoolean()).isFalse();
	}

	@Test
	void aStateEditsOnlyItsOwnEntriesAndAnArticleOutsideTwentyToTwentyFourIsRefused() {
		var austrian = accounts.ensure("t.ng.coordinator.at", "AT-CUSTOMS", Role.NATIONAL_COORDINATOR);
		var entry = """
				{"authorities":["POLICE"],"contactPoint":"x","legalBasis":"y"}""";

		var foreign = Api.as(port, austrian).put("/api/naples/competences/HU/22", entry);
		assertThat(foreign.status()).isEqualTo(403);
		assertThat(foreign.contentType()).contains("application/problem+json");
		var outside = Api.as(port, austrian).put("/api/naples/competences/AT/25", entry);
		assertThat(outside.status()).isEqualTo(422);
		assertThat(outside.json().get("errors").get("article").asText())
			.isEqualTo("an article of the Naples II Convention between 20 and 24");
		var empty = Api.as(port, austrian).put("/api/naples/competences/AT/23", "{\"authorities\":[]}");
		assertThat(empty.status()).isEqualTo(422);
		var errors = empty.json().get("errors");
		assertThat(List.of("authorities", "contactPoint", "legalBasis")).allSatisfy(field -> assertThat(errors.has(field)).as(field).isTrue());
		var police = accounts.ensure("t.ng.police.de", "DE-POLICE", Role.PARTNER_OBSERVER);
		assertThat(Api.as(port, police).put("/api/naples/competences/DE/22", entry).status()).isEqualTo(403);

		assertThat(entries("HU")).isEmpty();
		assertThat(entries("AT").stream().map(e -> e.get("article").asInt())).doesNotContain(23, 25);
		assertThat(Api.as(port, austrian).get("/api/naples/guidance?article=22&from=AT&to=AT").status()).isEqualTo(422);
	}

	private void confirm(String country, int article, String body) {
		var coordinator = accounts.ensure("t.ng.coordinator." + country.toLowerCase(), country + "-CUSTOMS",
				Role.NATIONAL_COORDINATOR);
		var response = Api.as(port, coordinator).put("/api/naples/competences/" + country + "/" + article, body);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
	}

	private Guidance guidance(int article, String from, String to) {
		var reader = accounts.ensure("t.ng.observer", "FRONTEX", Role.PARTNER_OBSERVER);
		var json = Api.as(port, reader).get("/api/naples/guidance?article=%d&from=%s&to=%s".formatted(article, from, to)).json();
		var requesting = new ArrayList<String>();
		json.get("requesting").forEach(line -> requesting.add(line.asText()));
		var requested = new ArrayList<String>();
		json.get("requested").forEach(line -> requested.add(line.asText()));
		return new Guidance(json.get("article").asInt(), from, to, json.get("title").asText(), requesting, requested,
				json.get("complete").asBoolean(), json.get("demonstration").asBoolean());
	}

	private List<JsonNode> entries(String country) {
		var list = new ArrayList<JsonNode>();
		Api.as(port, accounts.secretariat()).get("/api/naples/competences?country=" + country).json().forEach(list::add);
		return list;
	}
}
