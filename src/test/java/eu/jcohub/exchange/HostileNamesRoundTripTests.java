package eu.jcohub.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.operations.OperationRegister;
import eu.jcohub.support.Api;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.TestAccounts;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * Names anyone can type (or import) that attack whoever opens an export: formulas for a spreadsheet, a lone
 * carriage return that ends an iCalendar line and forges an event. They go out through every export and come back
 * through every import, and arrive harmless and as typed. Probes of the security review.
 */
@IntegrationTest
class HostileNamesRoundTripTests {

	/** What a spreadsheet runs as a formula when a cell starts with it (OWASP's list). */
	private static final Pattern FORMULA_START = Pattern.compile("^[=+\\-@\\t\\r]");
	private static final String WINDOW = "from=2093-01-01&to=2093-06-30";

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	OperationRegister register;

	String secretariat;
	/** Each hostile operation's id and name as typed; made once for all the tests here. */
	static Map<String, String> created;

	@BeforeEach
	void hostileOperations() {
		secretariat = accounts.secretariat();
		if (created != null) {
			return;
		}
		var suffix = " " + System.nanoTime();
		var names = List.of("+cmd|' /C calc'!A0" + suffix, "@SUM(1)" + suffix, "=HYPERLINK(\"http://x\",\"y\")" + suffix,
				"-2+3" + suffix, "'=already quoted" + suffix,
				"Harmless\rEND:VEVENT\rBEGIN:VEVENT\rUID:evil-2@x\rSUMMARY:Forged" + suffix
						+ "\rDTSTART;VALUE=DATE:20930310\rEND:VEVENT\rBEGIN:VEVENT\rSUMMARY:tail");
		created = new LinkedHashMap<>();
		for (int i = 0; i < names.size(); i++) {
			var plan = new LinkedHashMap<String, Object>();
			plan.put("name", names.get(i));
			plan.put("type", "NATIONAL");
			plan.put("organiser", "DK-CUSTOMS");
			plan.put("leadCountry", "DK");
			plan.put("competence", "SHARED");
			plan.put("domain", "CUSTOMS");
			plan.put("contactPoint", "-2+3");
			plan.put("riskAreas", List.of("CIGARETTES"));
			plan.put("phases", List.of(Map.of("start", "2093-02-0" + (i + 1), "end", "2093-02-2" + i)));
			plan.put("objectives", "=1+1");
			var response = Api.as(port, secretariat).post("/api/operations", JsonMapper.builder().build()
				.writeValueAsString(plan));
			assertThat(response.status()).as(response.body()).isEqualTo(201);
			created.put(response.json().get("id").asString(), names.get(i));
		}
	}

	@Test
	void theCsvExportNeutralisesEveryFormulaAndItsImportRestoresTheNamesAsTyped() throws IOException {
		var export = Api.as(port, secretariat).get("/api/operations/export.csv?organiser=DK-CUSTOMS&" + WINDOW);
		assertThat(export.status()).isEqualTo(200);
		var records = parse(export.body());
		assertThat(cellsStartingAFormula(records)).isEmpty();
		var exported = new HashMap<String, String>();
		records.forEach(record -> exported.put(record.get("id"), record.get("name")));
		assertThat(exported.get(idOf("@SUM(1)"))).as("shown as text by a spreadsheet").startsWith("'@SUM(1)");

		var imported = Upload.file(Api.as(port, secretariat), "operations.csv", export.body(), Map.of("organiser", "OLAF"));
		assertThat(imported.status()).as(imported.body()).isEqualTo(200);
		assertThat(imported.json().get("accepted").asInt()).isEqualTo(created.size());
		created.forEach((id, name) -> {
			var copy = accounts.as(secretariat, () -> register.findByExternalId("OLAF", id)).orElseThrow();
			assertThat(copy.plan().name()).isEqualTo(name);
			assertThat(copy.plan().contactPoint()).isEqualTo("-2+3");
			assertThat(copy.plan().objectives()).isEqualTo("=1+1");
		});
	}

	@Test
	void theCalendarFeedWritesNoLoneCarriageReturnAndItsImportForgesNoEvent() {
		var feed = Api.as(port, secretariat).get("/api/calendar.ics?organiser=DK-CUSTOMS&" + WINDOW);
		assertThat(feed.status()).isEqualTo(200);
		var bytes = feed.bytes();
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == '\r') {
				assertThat(i + 1 < bytes.length && bytes[i + 1] == '\n').as("a CR at byte %d ends no line", i).isTrue();
			}
			else if (bytes[i] == '\n') {
				assertThat(i > 0 && bytes[i - 1] == '\r').as("an LF at byte %d ends no line", i).isTrue();
			}
			else {
				assertThat(bytes[i] >= 0x20 || bytes[i] == '\t' || bytes[i] < 0).as("a control character at byte %d", i)
					.isTrue();
			}
		}
		var lines = feed.body().split("\r\n");
		assertThat(List.of(lines)).filteredOn(line -> line.startsWith("BEGIN:VEVENT")).hasSize(created.size());
		assertThat(List.of(lines)).noneMatch(line -> line.startsWith("UID:evil"));

		var imported = Upload.file(Api.as(port, secretariat), "feed.ics", feed.body(), Map.of("organiser", "EUROPOL"));
		assertThat(imported.status()).as(imported.body()).isEqualTo(200);
		assertThat(imported.json().get("accepted").asInt()).as("one operation per UID, none forged").isEqualTo(created.size());
		imported.json().get("lines").forEach(line -> assertThat(line.get("ref").asString()).doesNotContain("evil"));
		created.forEach((id, name) -> {
			var copy = accounts.as(secretariat, () -> register.findByExternalId("EUROPOL", id)).orElseThrow();
			assertThat(copy.plan().name()).as("every line break is kept as one").isEqualTo(name.replace('\r', '\n'));
			assertThat(copy.plan().contactPoint()).isEqualTo("-2+3");
		});
	}

	@Test
	void theSpreadsheetWritesEveryNameAsTextNeverAsAFormula() throws IOException {
		var xlsx = Api.as(port, secretariat).get("/api/tabling-list.xlsx?semester=2093-1");
		assertThat(xlsx.status()).isEqualTo(200);
		var texts = new ArrayList<String>();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
			workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> {
				assertThat(cell.getCellType()).as("no formula cell").isNotEqualTo(CellType.FORMULA);
				if (cell.getCellType() == CellType.STRING) {
					texts.add(cell.getStringCellValue());
				}
			}));
		}
		assertThat(texts).contains(created.get(idOf("@SUM(1)")), created.get(idOf("=HYPERLINK")));
	}

	@Test
	void theAuditTrailExportNeutralisesTheNamesItLabelsEntriesWith() throws IOException {
		var export = Api.as(port, secretariat).get("/api/audit-trail.csv?entityType=operation");
		assertThat(export.status()).isEqualTo(200);
		var records = parse(export.body());
		assertThat(records.stream().map(record -> record.get("recordLabel")).toList())
			.contains("'" + created.get(idOf("+cmd")));
		assertThat(cellsStartingAFormula(records)).isEmpty();
	}

	private String idOf(String namePrefix) {
		return created.entrySet().stream().filter(entry -> entry.getValue().startsWith(namePrefix)).findFirst()
			.orElseThrow().getKey();
	}

	private static List<CSVRecord> parse(String csv) throws IOException {
		try (var parser = CSVParser.parse(csv, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
			return parser.getRecords();
		}
	}

	private static List<String> cellsStartingAFormula(List<CSVRecord> records) {
		var formulas = new ArrayList<String>();
		for (var record : records) {
			for (var value : record) {
				if (FORMULA_START.matcher(value).find()) {
					formulas.add("line " + record.getRecordNumber() + ": " + value);
				}
			}
		}
		return formulas;
	}
}
