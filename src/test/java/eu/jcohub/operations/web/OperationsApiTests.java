package eu.jcohub.operations.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.support.Api;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.Plans;
import eu.jcohub.support.TestAccounts;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class OperationsApiTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	String leader;

	@BeforeEach
	void accounts() {
		leader = accounts.leaderDk();
		accounts.coordinatorFi();
		accounts.coordinatorPt();
		accounts.observerFrontex();
		accounts.secretariat();
	}

	@Test
	void createsAnOperationAndReadsItBack() {
		var body = Plans.json("BALTIC AMBER", "DK-CUSTOMS", "DK", List.of("FI", "EE"), List.of("CIGARETTES"),
				List.of("ROAD"), LocalDate.of(2031, 5, 20), LocalDate.of(2031, 6, 2));
		var created = Api.as(port, leader).post("/api/operations", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.location()).startsWith("/api/operations/");
		var id = created.json().get("id").asString();
		var read = Api.as(port, leader).get("/api/operations/" + id);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().get("name").asString()).isEqualTo("BALTIC AMBER");
		assertThat(read.json().get("transportModes").get(0).asString()).isEqualTo("ROAD");
		assertThat(read.json().get("status").asString()).isEqualTo("PROPOSAL");
	}

	@Test
	void participantSeesDetailsAndNonParticipantOnlyTheCalendarEntry() {
		var body = Plans.json("NORDIC GATE", "DK-CUSTOMS", "DK", List.of("FI"), List.of("ALCOHOL"), List.of("MARITIME"),
				LocalDate.of(2031, 7, 1), LocalDate.of(2031, 7, 10));
		var id = Api.as(port, leader).post("/api/operations", body).json().get("id").asString();

		var participant = Api.as(port, "t.coordinator.fi").get("/api/operations/" + id).json();
		assertThat(participant.get("detailsVisible").asBoolean()).isTrue();
		assertThat(participant.get("objectives").asString()).isEqualTo("Test objectives");

		var outsider = Api.as(port, "t.coordinator.pt").get("/api/operations/" + id).json();
		assertThat(outsider.get("detailsVisible").asBoolean()).isFalse();
		assertThat(outsider.get("name").asString()).isEqualTo("NORDIC GATE");
		assertThat(outsider.has("objectives")).isFalse();
		assertThat(outsider.has("transportModes")).isFalse();
		assertThat(outsider.get("participants").get(0).asString()).isEqualTo("FI");
	}

	@Test
	void unauthenticatedCallsGet401AsProblemDetails() {
		var response = Api.anonymous(port).get("/api/operations");
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.contentType()).startsWith("application/problem+json");
	}

	@Test
	void tablingForAnotherOrganisationIsForbidden() {
		var body = Plans.json("NOT MINE", "FI-CUSTOMS", "FI", List.of("FI"), List.of("ALCOHOL"), List.of("ROAD"),
				LocalDate.of(2031, 8, 1), LocalDate.of(2031, 8, 10));
		var response = Api.as(port, leader).post("/api/operations", body);
		assertThat(response.status()).isEqualTo(403);
		assertThat(response.contentType()).startsWith("application/problem+json");
	}

	@Test
	void unknownOperationIs404() {
		var response = Api.as(port, leader).get("/api/operations/7d1f7a3e-0000-4000-8000-000000000000");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.json().get("detail").asString()).contains("was not found");
	}

	@Test
	void endBeforeStartIs422WithTheField() {
		var body = Plans.json("BACKWARDS", "DK-CUSTOMS", "DK", List.of("FI"), List.of("ALCOHOL"), List.of("ROAD"),
				LocalDate.of(2031, 8, 10), LocalDate.of(2031, 8, 1));
		var response = Api.as(port, leader).post("/api/operations", body);
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("errors").has("phases[0]")).isTrue();
	}

	@Test
	void unknownCodesAre422PerField() {
		var body = Plans.json("UNKNOWN CODES", "DK-CUSTOMS", "DK", List.of("XX"), List.of("UNICORNS"), List.of("TELEPORT"),
				LocalDate.of(2031, 8, 1), LocalDate.of(2031, 8, 10));
		var response = Api.as(port, leader).post("/api/operations", body);
		assertThat(response.status()).isEqualTo(422);
		var errors = response.json().get("errors");
		assertThat(errors.has("participants")).isTrue();
		assertThat(errors.has("riskAreas")).isTrue();
		assertThat(errors.has("transportModes")).isTrue();
	}

	@Test
	void malformedJsonIs400() {
		var response = Api.as(port, leader).post("/api/operations", "{\"name\": ");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
	}

	@Test
	void unknownEnumValueIs400() {
		var response = Api.as(port, leader).post("/api/operations", "{\"name\":\"X\",\"type\":\"PICNIC\"}");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("detail").asString()).isNotBlank();
	}

	@Test
	void conflictsAreFoundForADraftAndExplained() {
		var start = LocalDate.of(2032, 3, 1);
		Api.as(port, leader).post("/api/operations", Plans.json("FIRST WAVE", "DK-CUSTOMS", "DK", List.of("FI", "EE", "LV"),
				List.of("CIGARETTES"), List.of("ROAD"), start, start.plusDays(13)));
		var draft = Plans.json("SECOND WAVE", "DK-CUSTOMS", "DK", List.of("FI", "EE", "LV"), List.of("CIGARETTES"),
				List.of("ROAD"), start.plusDays(9), start.plusDays(20));
		var response = Api.as(port, leader).post("/api/deconfliction/check", draft);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		var conflict = response.json().get(0);
		assertThat(conflict.get("name").asString()).isEqualTo("FIRST WAVE");
		assertThat(conflict.get("score").asDouble()).isGreaterThan(50);
		assertThat(conflict.get("reasons").toString()).contains("5 days in common (10–14 Mar 2032)")
			.contains("DK, EE, FI, LV take part in both").contains("both target cigarettes");
	}
}
