package eu.jcohub.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import eu.jcohub.support.Api;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.FormSession;
import eu.jcohub.support.GetEndpoints;
import eu.jcohub.support.TestAccounts;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A participant of operation A, which conflicts with operation B, must not read B's details, its seizure reports
 * or the persons in them through any endpoint: every GET endpoint of the application (taken from the controller
 * mappings, so a new one is covered without editing this test), with B's ids in its path and B's secrets as
 * search terms, read as JSON, CSV, iCalendar, HTML, PDF text and spreadsheet cells.
 */
@IntegrationTest
class IsolationTests {

	private static final List<String> SECRETS = List.of("ISO-OBJECTIVES-SECRET", "ISO-SEIZURE-SECRET",
			"ISO-PERSON-SECRET", "ISO-COMPANY-SECRET");

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void aParticipantOfAReadsNothingOfBAnywhere() throws Exception {
		accounts.ensure("t.iso.leader.de", "DE-CUSTOMS", Role.OPERATION_LEADER);
		accounts.ensure("t.iso.officer.de", "DE-CUSTOMS", Role.FIELD_OFFICER);
		accounts.ensure("t.iso.leader.pl", "PL-CUSTOMS", Role.OPERATION_LEADER);
		var reader = accounts.ensure("t.iso.coordinator.lt", "LT-CUSTOMS", Role.NATIONAL_COORDINATOR);
		var b = create("t.iso.leader.de", "ISO-B", "DE-CUSTOMS", "DE", "AT", "ISO-OBJECTIVES-SECRET");
		var a = create("t.iso.leader.pl", "ISO-A", "PL-CUSTOMS", "PL", "LT", "Ordinary objectives");
		var seizure = Api.as(port, "t.iso.officer.de").post("/api/operations/" + b + "/seizures", """
				{"seizedOn":"2025-05-03","locationCode":"DEHAM","goodsCategory":"CIGARETTES","description":"ISO-SEIZURE-SECRET",
				 "handlingCode":"PARTICIPANTS","personName":"ISO-PERSON-SECRET","companyName":"ISO-COMPANY-SECRET"}""");
		assertThat(seizure.status()).as(seizure.body()).isEqualTo(201);
		var seizureId = seizure.json().get("id").asText();
		assertThat(Api.as(port, reader).get("/api/operations/" + a + "/conflicts").body()).as("A conflicts with B")
			.contains(b);

		var api = Api.as(port, reader);
		var pages = FormSession.signedIn(port, reader);
		var leaks = new ArrayList<String>();
		var checked = 0;
		for (var pattern : GetEndpoints.patterns(mappings)) {
			if (pattern.equals("/error") || pattern.startsWith("/v3/") || pattern.startsWith("/swagger")) {
				continue;
			}
			for (var path : concrete(pattern, a, b, seizureId)) {
				String text;
				if (pattern.startsWith("/api/")) {
					var response = api.get(path);
					text = text(response.contentType(), response.bytes());
				}
				else {
					// What the user typed comes back in the search form's fields; that is not B's data.
					text = pages.get(path).body().replaceAll("value=\"[^\"]*\"", "");
				}
				checked++;
				SECRETS.stream().filter(text::contains).forEach(secret -> leaks.add(path + " shows " + secret));
			}
		}
		assertThat(checked).isGreaterThan(40);
		assertThat(leaks).isEmpty();
		// The check itself can see the secrets where they are allowed: B's organiser and reporter.
		assertThat(Api.as(port, "t.iso.officer.de").get("/api/seizures/" + seizureId).body())
			.contains("ISO-SEIZURE-SECRET", "ISO-PERSON-SECRET");
		assertThat(Api.as(port, "t.iso.leader.de").get("/api/operations/" + b).body()).contains("ISO-OBJECTIVES-SECRET");
	}

	/** The path with B's ids, plus search parameters aimed at B's secrets. */
	private static List<String> concrete(String pattern, String a, String b, String seizure) {
		var path = GetEndpoints.path(pattern, b, a, seizure);
		var search = "q=ISO-B&name=ISO-PERSON-SECRET&number=ISO&entityId=" + seizure + "&semester=2025-1"
				+ "&start=2025-01-01&end=2025-12-31&from=2025-01-01&to=2025-12-31";
		return List.of(path, path + (path.contains("?") ? "&" : "?") + search);
	}

	private static String text(String contentType, byte[] bytes) throws Exception {
		if (contentType.startsWith("application/pdf")) {
			try (var reader = new PdfReader(bytes)) {
				var text = new StringBuilder();
				for (int page = 1; page <= reader.getNumberOfPages(); page++) {
					text.append(new PdfTextExtractor(reader).getTextFromPage(page));
				}
				return text.toString();
			}
		}
		if (contentType.startsWith("application/vnd.openxmlformats")) {
			try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
				var text = new StringBuilder();
				var format = new DataFormatter();
				workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> text.append(format.formatCellValue(cell))
					.append(' '))));
				return text.toString();
			}
		}
		return new String(bytes, StandardCharsets.UTF_8);
	}

	private String create(String leader, String name, String organiser, String lead, String other, String objectives) {
		var response = Api.as(port, leader).post("/api/operations", """
				{"name":"%s","type":"JCO_REGIONAL","organiser":"%s","leadCountry":"%s","participants":["%s"],
				 "competence":"EXCLUSIVE_EU","domain":"CUSTOMS","riskAreas":["CIGARETTES"],"transportModes":["ROAD"],
				 "locations":["DEHAM"],"phases":[{"start":"2025-05-01","end":"2025-05-10"}],"objectives":"%s"}"""
			.formatted(name + "-" + System.nanoTime(), organiser, lead, other, objectives));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asText();
	}
}
