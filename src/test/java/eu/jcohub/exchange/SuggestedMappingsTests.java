package eu.jcohub.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import eu.jcohub.deconfliction.ConflictChecks;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationView;
import eu.jcohub.shared.OperationId;
import eu.jcohub.support.Api;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.TestAccounts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;

/** What another body's event names in words is offered for its plan, and taken only once accepted. */
@IntegrationTest
class SuggestedMappingsTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	OperationRegister register;

	@Autowired
	ConflictChecks conflicts;

	@Test
	void suggestionsAreOfferedThenAcceptedAndTheImportedOperationConflictsWithTheJcoItOverlaps() throws Exception {
		var api = Api.as(port, accounts.secretariat());
		var jco = api.post("/api/operations", """
				{"name":"Sugg Eastern Shield","type":"JCO_REGIONAL","organiser":"CCWP","leadCountry":"FI",
				 "participants":["FI","EE"],"competence":"EXCLUSIVE_EU","domain":"CUSTOMS",
				 "riskAreas":["CIGARETTES"],"transportModes":["ROAD"],"locations":["BCP-FI-VAALIMAA"],
				 "phases":[{"start":"2027-04-12","end":"2027-04-16"}]}""");
		assertThat(jco.status()).as(jco.body()).isEqualTo(201);
		var jcoId = jco.json().get("id").asString();

		var offered = importOutlook(api, false);
		var gate = line(offered, "JO Eastern Gate 2027");
		assertThat(texts(gate)).contains("FI, EE, LV found in the description: add as participating countries?",
				"Vaalimaa, Narva, Terehova found in the location: add as control locations?");
		assertThat(texts(line(offered, "JO Baltic Watch 2027")))
			.contains("Maritime found in the categories: add as transport modes?");
		var offeredOnly = operation(gate);
		assertThat(offeredOnly.plan().participants()).as("nothing is added until accepted").isEmpty();
		assertThat(offeredOnly.plan().locations()).isEmpty();

		var accepted = importOutlook(api, true);
		var acceptedGate = operation(line(accepted, "JO Eastern Gate 2027"));
		assertThat(acceptedGate.plan().participants()).containsExactly("EE", "FI", "LV");
		assertThat(acceptedGate.plan().locations()).containsExactly("BCP-EE-NARVA", "BCP-FI-VAALIMAA", "BCP-LV-TEREHOVA");
		assertThat(line(accepted, "JO Eastern Gate 2027").get("suggestions").get(0).get("accepted").asBoolean()).isTrue();

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(accounts.as(accounts.secretariat(),
				() -> conflicts.conflictsOf(acceptedGate.id(), 50)).stream().map(c -> c.operationId().toString()))
			.contains(jcoId));
	}

	@Test
	void aPlainSentenceWithRepeatedWordsSuggestsNothing() {
		var ics = IcsSemanticsTests.calendar("", IcsSemanticsTests.event("plain-61@other.example",
				"DESCRIPTION:A meeting about the plans for the plans of next year.\r\n"));
		var response = Upload.file(Api.as(port, accounts.secretariat()), "plain.ics", ics, Map.of("organiser", "FRONTEX"));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.json().get("lines").get(0).get("suggestions")).isEmpty();
	}

	private Api.Response importOutlook(Api api, boolean accept) throws Exception {
		var response = Upload.file(api, "/api/operations/import", "outlook.ics",
				new ClassPathResource("exchange/ics/outlook-frontex.ics").getContentAsByteArray(),
				accept ? Map.of("organiser", "FRONTEX", "acceptSuggestions", "true") : Map.of("organiser", "FRONTEX"));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response;
	}

	private OperationView operation(JsonNode line) {
		var id = new OperationId(UUID.fromString(line.get("operationId").asString()));
		return accounts.as(accounts.secretariat(), () -> register.find(id));
	}

	private static JsonNode line(Api.Response response, String name) {
		for (var line : response.json().get("lines")) {
			if (name.equals(line.get("name").asString())) {
				return line;
			}
		}
		throw new AssertionError("no line " + name + " in " + response.body());
	}

	private static List<String> texts(JsonNode line) {
		var texts = new ArrayList<String>();
		line.get("suggestions").forEach(suggestion -> texts.add(suggestion.get("text").asString()));
		return texts;
	}
}
