package eu.jcohub.seizures;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.access.Role;
import eu.jcohub.support.Api;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.FormSession;
import eu.jcohub.support.Plans;
import eu.jcohub.support.TestAccounts;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Seizure reports through the API and the pages: who may report, read and amend them, that personal data stay
 * with the reporting administration, and that every read is in the owner's audit trail.
 */
@IntegrationTest
class SeizureReportsTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	private String operationId;

	@BeforeEach
	void operationWithFinland() {
		accounts.ensure("t.sz.leader.dk", "DK-CUSTOMS", Role.OPERATION_LEADER);
		accounts.ensure("t.sz.officer.dk", "DK-CUSTOMS", Role.FIELD_OFFICER);
		accounts.ensure("t.sz.coordinator.fi", "FI-CUSTOMS", Role.NATIONAL_COORDINATOR);
		accounts.ensure("t.sz.coordinator.pt", "PT-CUSTOMS", Role.NATIONAL_COORDINATOR);
		accounts.ensure("t.sz.coordinator.dk", "DK-CUSTOMS", Role.NATIONAL_COORDINATOR);
		accounts.ensure("t.sz.secretariat", "CCWP", Role.SECRETARIAT);
		var created = Api.as(port, "t.sz.leader.dk").post("/api/operations", Plans.json("SZ-" + System.nanoTime(),
				"DK-CUSTOMS", "DK", List.of("FI"), List.of("CIGARETTES"), List.of("MARITIME"), LocalDate.of(2024, 3, 1),
				LocalDate.of(2024, 3, 20)));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		operationId = created.json().get("id").asText();
	}

	@Test
	void aParticipantReadsTheFactsButNotThePersonsAndTheOwnerSeesWhoRead() {
		var id = report("PARTICIPANTS", "Jens Testesen");
		var finn = Api.as(port, "t.sz.coordinator.fi").get("/api/seizures/" + id);
		assertThat(finn.status()).isEqualTo(200);
		assertThat(finn.body()).contains("2,000,000 cigarettes").doesNotContain("Testesen");
		assertThat(finn.json().get("personalDataVisible").asBoolean()).isFalse();
		var dane = Api.as(port, "t.sz.coordinator.dk").get("/api/seizures/" + id);
		assertThat(dane.body()).contains("Jens Testesen", "DK1234567");

		var outsider = Api.as(port, "t.sz.coordinator.pt");
		assertThat(outsider.get("/api/seizures/" + id).status()).isEqualTo(403);
		assertThat(outsider.get("/api/operations/" + operationId + "/seizures").body()).doesNotContain(id);
		assertThat(Api.as(port, "t.sz.secretariat").get("/api/seizures/" + id).body()).doesNotContain("Testesen");

		var danishTrail = Api.as(port, "t.sz.coordinator.dk")
			.get("/api/audit-trail?entityType=seizure-report&entityId=" + id).body();
		assertThat(danishTrail).contains("\"actor\":\"t.sz.coordinator.fi\"", "\"action\":\"READ\"", "\"action\":\"CREATED\"");
		var finnishTrail = Api.as(port, "t.sz.coordinator.fi")
			.get("/api/audit-trail?entityType=seizure-report&entityId=" + id).body();
		assertThat(finnishTrail).contains("t.sz.coordinator.fi").doesNotContain("t.sz.coordinator.dk");
	}

	@Test
	void theAuditTrailKeepsMarkersNotPersonalData() {
		var id = report("PARTICIPANTS", "Anna Trailfree");
		var logged = jdbc.sql("select string_agg(before::text || after::text, ' ') from audit_log where entity_id = ?")
			.param(id).query(String.class).single();
		assertThat(logged).contains("(personal data recorded)").doesNotContain("Trailfree", "DK1234567");
	}

	@Test
	void onlyTheReportingAdministrationAmendsAndOnlyItWidensTheReaders() {
		var id = report("OWNER_ONLY", "Ole Hidden");
		var finn = Api.as(port, "t.sz.coordinator.fi");
		assertThat(finn.get("/api/seizures/" + id).status()).isEqualTo(403);
		assertThat(finn.put("/api/seizures/" + id, body("PARTICIPANTS", "Ole Hidden")).status()).isEqualTo(403);
		assertThat(Api.as(port, "t.sz.secretariat").put("/api/seizures/" + id, body("PARTICIPANTS", "x")).status())
			.isEqualTo(403);
		var widened = Api.as(port, "t.sz.officer.dk").put("/api/seizures/" + id,
				body("PARTICIPANTS", "Ole Hidden").replace("\"version\":null", "\"version\":0"));
		assertThat(widened.status()).isEqualTo(200);
		assertThat(finn.get("/api/seizures/" + id).status()).isEqualTo(200);
		var stale = Api.as(port, "t.sz.officer.dk").put("/api/seizures/" + id,
				body("OWNER_ONLY", "Ole Hidden").replace("\"version\":null", "\"version\":0"));
		assertThat(stale.status()).isEqualTo(409);
	}

	@Test
	void onlyThoseTakingPartReportAndEveryWrongFieldIsNamed() {
		assertThat(Api.as(port, "t.sz.coordinator.pt").post("/api/operations/" + operationId + "/seizures",
				body("PARTICIPANTS", "x")).status()).isEqualTo(403);
		assertThat(Api.as(port, "t.sz.secretariat").post("/api/operations/" + operationId + "/seizures",
				body("PARTICIPANTS", "x")).status()).isEqualTo(403);
		var wrong = Api.as(port, "t.sz.officer.dk").post("/api/operations/" + operationId + "/seizures", """
				{"seizedOn":"2024-05-01","goodsCategory":"NOPE","description":"","quantity":-1,"handlingCode":"PUBLIC_CALENDAR",
				 "locationCode":"XXNOPE","personBirthDate":"1850-01-01"}""");
		assertThat(wrong.status()).isEqualTo(422);
		assertThat(wrong.json().get("errors").toString()).contains("seizedOn", "goodsCategory", "description", "quantity",
				"handlingCode", "locationCode", "personBirthDate", "unit");
		assertThat(jdbc.sql("select count(*) from seizure_reports where operation_id = ?::uuid").param(operationId)
			.query(Long.class).single()).isZero();
	}

	@Test
	void thePagesShowTheFactsTheHiddenPersonsAndTheOwnersTrail() throws Exception {
		var owner = FormSession.signedIn(port, "t.sz.officer.dk");
		var form = owner.get("/operations/" + operationId + "/seizures/new");
		assertThat(form.statusCode()).isEqualTo(200);
		var invalid = owner.postFields("/operations/" + operationId + "/seizures/new", "/operations/" + operationId + "/seizures",
				java.util.Map.of("seizedOn", List.of("not a day"), "description", List.of("")));
		assertThat(invalid.statusCode()).isEqualTo(422);
		assertThat(invalid.body()).contains("id=\"seizedOn-error\"", "id=\"description-error\"");
		var saved = owner.postFields("/operations/" + operationId + "/seizures/new", "/operations/" + operationId + "/seizures",
				java.util.Map.of("seizedOn", List.of("2024-03-05"), "locationCode", List.of(""), "place", List.of("Aarhus port"),
						"goodsCategory", List.of("CIGARETTES"), "description", List.of("Cigarettes in a reefer container"),
						"quantity", List.of("2000"), "unit", List.of("cartons"), "handlingCode", List.of("PARTICIPANTS"),
						"personName", List.of("Page Person")));
		assertThat(saved.statusCode()).isEqualTo(302);
		var location = saved.headers().firstValue("Location").orElseThrow();
		var path = location.substring(location.indexOf("/seizures/"));

		var finnish = FormSession.signedIn(port, "t.sz.coordinator.fi").get(path).body();
		assertThat(finnish).contains("Cigarettes in a reefer container", "id=\"subject-hidden\"", "JCO HUB – PARTICIPANTS ONLY")
			.doesNotContain("Page Person", "id=\"trail\"");
		var danish = owner.get(path).body();
		assertThat(danish).contains("Page Person", "id=\"trail\"", "t.sz.coordinator.fi");
		assertThat(owner.get("/operations/" + operationId + "/seizures").body()).contains(path);
	}

	@Test
	void thePrintedReportCarriesItsMarkingAndShowsPersonsOnlyToTheOwner() throws Exception {
		var id = report("PARTICIPANTS", "Printed Person");
		var owners = Api.as(port, "t.sz.coordinator.dk").get("/api/seizures/" + id + "/report.pdf");
		assertThat(owners.status()).isEqualTo(200);
		assertThat(owners.contentType()).isEqualTo("application/pdf");
		assertThat(pdfText(owners.bytes())).contains("JCO HUB – PARTICIPANTS ONLY", "Printed Person", "Page 1 of 1",
				"2,000,000 cigarettes");
		var finnish = pdfText(Api.as(port, "t.sz.coordinator.fi").get("/api/seizures/" + id + "/report.pdf").bytes());
		assertThat(finnish).contains("JCO HUB – PARTICIPANTS ONLY", "2,000,000 cigarettes").doesNotContain("Printed Person");
		assertThat(Api.as(port, "t.sz.coordinator.pt").get("/api/seizures/" + id + "/report.pdf").status()).isEqualTo(403);
		assertThat(jdbc.sql("select count(*) from audit_log where entity_id = ? and action = 'READ'").param(id)
			.query(Long.class).single()).isEqualTo(2);
	}

	private static String pdfText(byte[] pdf) throws Exception {
		try (var reader = new com.lowagie.text.pdf.PdfReader(pdf)) {
			return new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
		}
	}

	private String report(String code, String person) {
		var response = Api.as(port, "t.sz.officer.dk").post("/api/operations/" + operationId + "/seizures",
				body(code, person));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asText();
	}

	private static String body(String code, String person) {
		return """
				{"seizedOn":"2024-03-10","locationCode":"DKAAR","goodsCategory":"CIGARETTES",
				 "description":"2,000,000 cigarettes in a container declared as furniture","quantity":2000000,"unit":"pieces",
				 "estimatedValueEur":450000,"handlingCode":"%s","personName":"%s","personBirthDate":"1980-02-29",
				 "documentNumber":"DK1234567","companyName":"Furniture Trading ApS","companyRegistrationNumber":"DK-12 34 56 78",
				 "version":null}""".formatted(code, person);
	}
}
