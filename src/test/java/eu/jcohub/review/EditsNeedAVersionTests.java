package eu.jcohub.review;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.access.Role;
import eu.jcohub.support.Api;
import eu.jcohub.support.FormSession;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.Plans;
import eu.jcohub.support.TestAccounts;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An edit that does not say which version it was made on could silently undo someone else's: it is refused (428),
 * in the API and in the forms, for operations and seizure reports alike, and nothing changes. Probes of the
 * security review (a PUT without version was accepted).
 */
@IntegrationTest
class EditsNeedAVersionTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	String leader;
	String officer;
	String operation;
	String report;

	@BeforeEach
	void anOperationWithAReport() {
		leader = accounts.ensure("t.ver.leader.dk", "DK-CUSTOMS", Role.OPERATION_LEADER);
		officer = accounts.ensure("t.ver.officer.dk", "DK-CUSTOMS", Role.FIELD_OFFICER);
		operation = Api.as(port, leader).post("/api/operations", Plans.json("VERSIONLESS-" + System.nanoTime(),
				"DK-CUSTOMS", "DK", List.of("FI"), List.of("CIGARETTES"), List.of("ROAD"), LocalDate.of(2024, 8, 1),
				LocalDate.of(2024, 8, 20))).json().get("id").asString();
		report = Api.as(port, officer).post("/api/operations/" + operation + "/seizures", seizure("first"))
			.json().get("id").asString();
	}

	@Test
	void anOperationRevisedThroughTheApiWithoutAVersionIsRefusedWith428() {
		var revised = Plans.json("CHANGED", "DK-CUSTOMS", "DK", List.of("FI"), List.of("CIGARETTES"), List.of("ROAD"),
				LocalDate.of(2024, 8, 1), LocalDate.of(2024, 8, 21));
		var refused = Api.as(port, leader).put("/api/operations/" + operation, revised);
		assertThat(refused.status()).isEqualTo(428);
		assertThat(refused.json().get("errors").has("version")).isTrue();
		assertThat(Api.as(port, leader).get("/api/operations/" + operation).json().get("name").asString())
			.startsWith("VERSIONLESS-");
	}

	@Test
	void anOperationFormWithoutItsVersionIsShownAgainWith428AndNothingIsSaved() {
		var session = FormSession.signedIn(port, leader);
		var fields = new LinkedHashMap<String, List<String>>();
		fields.put("id", List.of(operation));
		fields.put("name", List.of("CHANGED BY FORM"));
		fields.put("type", List.of("JCO_REGIONAL"));
		fields.put("organiser", List.of("DK-CUSTOMS"));
		fields.put("leadCountry", List.of("DK"));
		fields.put("participants", List.of("FI"));
		fields.put("competence", List.of("SHARED"));
		fields.put("domain", List.of("CUSTOMS"));
		fields.put("riskAreas", List.of("CIGARETTES"));
		fields.put("phase1Start", List.of("2024-08-01"));
		fields.put("phase1End", List.of("2024-08-20"));
		var answer = session.postFields("/operations/" + operation + "/edit", "/operations/" + operation, fields);
		assertThat(answer.statusCode()).isEqualTo(428);
		assertThat(answer.body()).contains("Reload the page and make your change again").contains("CHANGED BY FORM");
		assertThat(Api.as(port, leader).get("/api/operations/" + operation).json().get("name").asString())
			.startsWith("VERSIONLESS-");

		fields.put("version", List.of("0"));
		var saved = session.postFields("/operations/" + operation + "/edit", "/operations/" + operation, fields);
		assertThat(saved.statusCode()).as("with the version it is saved").isEqualTo(302);
	}

	@Test
	void aSeizureReportAmendedThroughTheApiWithoutAVersionIsRefusedWith428() {
		var refused = Api.as(port, officer).put("/api/seizures/" + report, seizure("second"));
		assertThat(refused.status()).isEqualTo(428);
		assertThat(Api.as(port, officer).get("/api/seizures/" + report).json().get("description").asString())
			.isEqualTo("first");
		var amended = Api.as(port, officer).put("/api/seizures/" + report, seizure("second").replace("}", ",\"version\":0}"));
		assertThat(amended.status()).as(amended.body()).isEqualTo(200);
	}

	@Test
	void aSeizureFormWithoutItsVersionIsShownAgainWith428AndNothingIsSaved() {
		var session = FormSession.signedIn(port, officer);
		var answer = session.post("/seizures/" + report + "/edit", "/seizures/" + report, Map.of("seizedOn",
				"2024-08-05", "locationCode", "DKAAR", "goodsCategory", "CIGARETTES", "description", "by form",
				"handlingCode", "PARTICIPANTS"));
		assertThat(answer.statusCode()).isEqualTo(428);
		assertThat(answer.body()).contains("Reload the page and make your change again").contains("by form");
		assertThat(Api.as(port, officer).get("/api/seizures/" + report).json().get("description").asString())
			.isEqualTo("first");
	}

	private static String seizure(String description) {
		return """
				{"seizedOn":"2024-08-05","locationCode":"DKAAR","goodsCategory":"CIGARETTES",
				 "description":"%s","handlingCode":"PARTICIPANTS"}""".formatted(description);
	}
}
