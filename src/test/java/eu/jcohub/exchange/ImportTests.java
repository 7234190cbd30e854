package eu.jcohub.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.operations.OperationFilter;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationType;
import eu.jcohub.support.Api;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.TestAccounts;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class ImportTests {

	static final String HEADER = String.join(",", CsvFormat.COLUMNS) + "\r\n";

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	OperationRegister register;

	@Test
	void importsEveryLineOfAValidCsvFile() {
		var csv = HEADER
				+ "FX-81-1,Imp Happy One,OTHER_BODY,FRONTEX,,ES;PT,EUROPOL,SHARED,CRIME_PREVENTION,desk@example.eu,COCAINE,MARITIME_CONTAINER,ESALG,2081-03-01,2081-03-10,2081-04-01,2081-04-05,Containers\r\n"
				+ "FX-81-2,Imp Happy Two,,FRONTEX,,,,,,,CIGARETTES,,,2081-05-01,2081-05-03,,,\r\n";
		var response = upload(csv, Map.of());
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		var report = response.json();
		assertThat(report.get("imported").asBoolean()).isTrue();
		assertThat(report.get("accepted").asInt()).isEqualTo(2);
		assertThat(statuses(report)).containsExactly("ACCEPTED", "ACCEPTED");
		var one = accounts.as(accounts.secretariat(), () -> register.findByExternalId("FRONTEX", "FX-81-1")).orElseThrow();
		assertThat(one.plan().name()).isEqualTo("Imp Happy One");
		assertThat(one.plan().phases()).hasSize(2);
		assertThat(one.plan().locations()).containsExactly("ESALG");
		assertThat(one.plan().type()).isEqualTo(OperationType.OTHER_BODY);
		assertThat(report.get("lines").get(0).get("operationId").asString()).isEqualTo(one.id().toString());
	}

	@Test
	void aRejectedLineMeansNothingIsImportedAndTheReportSaysWhy() {
		var csv = HEADER
				+ "FX-82-1,Imp Bad Good,OTHER_BODY,FRONTEX,,,,,,,COCAINE,,,2082-03-01,2082-03-10,,,\r\n"
				+ "FX-82-2,Imp Bad Bad,OTHER_BODY,FRONTEX,,XX,,,,,NOT_A_RISK,,,2082-03-10,2082-03-01,,,\r\n"
				+ "FX-82-3,Imp Bad Codes,OTHER_BODY,FRONTEX,,XX,,,,,NOT_A_RISK,,,2082-05-01,2082-05-02,,,\r\n";
		var response = upload(csv, Map.of());
		assertThat(response.status()).as(response.body()).isEqualTo(422);
		assertThat(response.contentType()).startsWith("application/problem+json");
		var report = response.json().get("report");
		assertThat(report.get("imported").asBoolean()).isFalse();
		assertThat(statuses(report)).containsExactly("ACCEPTED", "REJECTED", "REJECTED");
		assertThat(report.get("lines").get(1).get("ref").asString()).isEqualTo("line 3");
		assertThat(report.get("lines").get(1).get("reasons").toString()).contains("before it starts");
		assertThat(report.get("lines").get(2).get("reasons").toString()).contains("XX").contains("NOT_A_RISK");
		assertThat(operationsOf("FRONTEX", 2082)).isEmpty();
	}

	@Test
	void importsOnlyTheValidLinesWhenAskedTo() {
		var csv = HEADER
				+ "FX-83-1,Imp Part Good,OTHER_BODY,FRONTEX,,,,,,,COCAINE,,,2083-03-01,2083-03-10,,,\r\n"
				+ "FX-83-2,Imp Part Bad,OTHER_BODY,FRONTEX,,,,,,,,,,2083-03-01,not-a-date,,,\r\n";
		var response = upload(csv, Map.of("importValidPart", "true"));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(statuses(response.json())).containsExactly("ACCEPTED", "REJECTED");
		assertThat(operationsOf("FRONTEX", 2083)).containsExactly("Imp Part Good");
	}

	@Test
	void importingTheSameFileAgainUpdatesRatherThanDuplicates() {
		var line = "OL-84-1,Imp Again,,,,,,,,,ALCOHOL,,,2084-02-01,2084-02-10,,,%s\r\n";
		var first = upload(HEADER + line.formatted("first"), Map.of("organiser", "OLAF"));
		assertThat(first.status()).as(first.body()).isEqualTo(200);
		var id = first.json().get("lines").get(0).get("operationId").asString();

		var same = upload(HEADER + line.formatted("first"), Map.of("organiser", "OLAF"));
		assertThat(statuses(same.json())).containsExactly("UNCHANGED");

		var changed = upload(HEADER + line.formatted("second"), Map.of("organiser", "OLAF"));
		var result = changed.json().get("lines").get(0);
		assertThat(result.get("status").asString()).isEqualTo("ACCEPTED");
		assertThat(result.get("action").asString()).isEqualTo("UPDATED");
		assertThat(result.get("operationId").asString()).isEqualTo(id);
		assertThat(operationsOf("OLAF", 2084)).containsExactly("Imp Again");
		var view = accounts.as(accounts.secretariat(), () -> register.findByExternalId("OLAF", "OL-84-1")).orElseThrow();
		assertThat(view.plan().objectives()).isEqualTo("second");
	}

	@Test
	void anUnclosedQuoteRejectsItsLineInWordsAndTheValidLinesCanStillBeImported() {
		var csv = HEADER
				+ "FX-87-1,Imp Quote Good,OTHER_BODY,FRONTEX,,,,,,,COCAINE,,,2087-03-01,2087-03-10,,,\r\n"
				+ "FX-87-2,\"Imp Quote Broken,OTHER_BODY,FRONTEX,,,,,,,COCAINE,,,2087-04-01,2087-04-10,,,\r\n"
				+ "FX-87-3,Imp Quote Also Good,OTHER_BODY,FRONTEX,,,,,,,COCAINE,,,2087-05-01,2087-05-10,,,\"with, a comma\"\r\n";
		var refused = upload(csv, Map.of());
		assertThat(refused.status()).as(refused.body()).isEqualTo(422);
		var report = refused.json().get("report");
		assertThat(statuses(report)).containsExactly("ACCEPTED", "REJECTED", "ACCEPTED");
		assertThat(report.get("lines").get(1).get("ref").asString()).isEqualTo("line 3");
		assertThat(report.get("lines").get(1).get("reasons").toString()).contains("a quoted field is not closed")
			.doesNotContain("CSVException", "EOF", "org.apache");
		assertThat(operationsOf("FRONTEX", 2087)).isEmpty();

		var validPart = upload(csv, Map.of("importValidPart", "true"));
		assertThat(validPart.status()).as(validPart.body()).isEqualTo(200);
		assertThat(statuses(validPart.json())).containsExactly("ACCEPTED", "REJECTED", "ACCEPTED");
		assertThat(operationsOf("FRONTEX", 2087)).containsExactlyInAnyOrder("Imp Quote Good", "Imp Quote Also Good");
	}

	@Test
	void wrongColumnsAreRefusedNamingThem() {
		var response = upload("id,title,start\r\nX,Y,2085-01-01\r\n", Map.of());
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.body()).contains("title").contains("start").contains("name").contains("phase1Start");
	}

	@Test
	void binaryUploadsAreRefused() {
		var bytes = new byte[] { 'P', 'K', 3, 4, 0, 0, 20, 0, (byte) 0xff, (byte) 0xfe };
		var response = Upload.file(Api.as(port, accounts.secretariat()), "/api/operations/import", "plans.xlsx", bytes,
				Map.of());
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).contains("binary");

		var latin1 = (HEADER + "X,Op\u00e9ration,,,,,,,,,COCAINE,,,2085-01-01,2085-01-02,,,\r\n")
			.getBytes(StandardCharsets.ISO_8859_1);
		var notUtf8 = Upload.file(Api.as(port, accounts.secretariat()), "/api/operations/import", "plans.csv", latin1,
				Map.of());
		assertThat(notUtf8.status()).isEqualTo(400);
		assertThat(notUtf8.body()).contains("UTF-8");
	}

	@Test
	void anOversizedUploadIsRefused() {
		var big = new byte[5 * 1024 * 1024 + 10];
		java.util.Arrays.fill(big, (byte) 'a');
		var response = Upload.file(Api.as(port, accounts.secretariat()), "/api/operations/import", "big.csv", big, Map.of());
		assertThat(response.status()).isEqualTo(413);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.body()).contains("larger than 5 MB");
	}

	@Test
	void someoneWhoMayNotTableForTheOrganiserGetsTheLineRejected() {
		var csv = HEADER + "FX-86-1,Imp Not Mine,OTHER_BODY,FRONTEX,,,,,,,COCAINE,,,2086-03-01,2086-03-10,,,\r\n";
		var response = Upload.file(Api.as(port, accounts.coordinatorFi()), "plans.csv", csv, Map.of());
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("report").get("lines").get(0).get("reasons").toString()).contains("own organisation");
	}

	@Test
	void anIcsEventWithoutStartIsRejectedWithItsUid() {
		var ics = """
				BEGIN:VCALENDAR\r
				VERSION:2.0\r
				PRODID:-//Other body//EN\r
				BEGIN:VEVENT\r
				UID:good-1@other.example\r
				DTSTAMP:20260101T000000Z\r
				SUMMARY:Ics Good 87\r
				DTSTART;VALUE=DATE:20870301\r
				DTEND;VALUE=DATE:20870305\r
				CATEGORIES:COCAINE,Important\r
				END:VEVENT\r
				BEGIN:VEVENT\r
				UID:nostart-1@other.example\r
				DTSTAMP:20260101T000000Z\r
				SUMMARY:Ics No Start 87\r
				END:VEVENT\r
				END:VCALENDAR\r
				""";
		var response = Upload.file(Api.as(port, accounts.secretariat()), "programme.ics", ics, Map.of("organiser", "MAOC-N"));
		assertThat(response.status()).as(response.body()).isEqualTo(422);
		var lines = response.json().get("report").get("lines");
		assertThat(lines.get(1).get("ref").asString()).isEqualTo("UID nostart-1@other.example");
		assertThat(lines.get(1).get("reasons").toString()).contains("DTSTART");
		assertThat(operationsOf("MAOC-N", 2087)).isEmpty();

		var valid = Upload.file(Api.as(port, accounts.secretariat()), "programme.ics", ics,
				Map.of("organiser", "MAOC-N", "importValidPart", "true"));
		assertThat(valid.status()).as(valid.body()).isEqualTo(200);
		var imported = accounts.as(accounts.secretariat(),
				() -> register.findByExternalId("MAOC-N", "good-1@other.example")).orElseThrow();
		assertThat(imported.plan().type()).isEqualTo(OperationType.OTHER_BODY);
		assertThat(imported.plan().riskAreas()).containsExactly("COCAINE");
		assertThat(imported.plan().firstPhase().end()).isEqualTo(LocalDate.of(2087, 3, 4));
	}

	@Test
	void theTemplateIsServedAndImportsAsItIs() throws Exception {
		var template = Api.as(port, accounts.secretariat()).get("/api/operations/import-template.csv");
		assertThat(template.status()).isEqualTo(200);
		assertThat(template.contentType()).startsWith("text/csv");
		assertThat(template.body()).startsWith(String.join(",", CsvFormat.COLUMNS));
		// The template's example is a valid line: parse it as an import would.
		var lines = CsvFormat.read(template.body(), new ImportDefaults(null, "CCWP", java.util.Set.of(), code -> true));
		assertThat(lines).hasSize(1);
		assertThat(lines.get(0).problems()).isEmpty();
		assertThat(lines.get(0).plan().phases()).hasSize(2);
	}

	private Api.Response upload(String csv, Map<String, String> fields) {
		return Upload.file(Api.as(port, accounts.secretariat()), "plans.csv", csv, fields);
	}

	private List<String> operationsOf(String organiser, int year) {
		var filter = new OperationFilter(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), organiser, null, null,
				null, null, null);
		return accounts.as(accounts.secretariat(),
				() -> register.list(filter).stream().map(view -> view.plan().name()).toList());
	}

	private static List<String> statuses(JsonNode report) {
		var statuses = new java.util.ArrayList<String>();
		report.get("lines").forEach(line -> statuses.add(line.get("status").asString()));
		return statuses;
	}
}
