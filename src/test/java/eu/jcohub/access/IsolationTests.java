package eu.jcohub.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import eu.jcohub.support.Api;
import eu.jcohub.support.FormSession;
import eu.jcohub.support.GetEndpoints;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.TestAccounts;
import eu.jcohub.support.matrix.IsolationPart;
import eu.jcohub.support.matrix.IsolationScenario;
import eu.jcohub.support.matrix.ModuleParts;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A participant of operation A, which conflicts with operation B, must not read B's details, its records or the
 * persons in them through any channel: every GET endpoint of the application (taken from the controller
 * mappings, so a new one is covered without editing this test), with B's ids in its path (each module's
 * {@link IsolationPart} says where its ids go and adds B's records with secrets) and B's secrets as search terms,
 * read as JSON, CSV, iCalendar, HTML, PDF text and spreadsheet cells. A's organiser, told of the conflict, must
 * not learn from the notification what B's page hides from them.
 */
@IntegrationTest
class IsolationTests {

	private static final List<IsolationPart> PARTS = ModuleParts.of(IsolationPart.class, IsolationPart::isolationOrder);

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ApplicationContext context;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void aParticipantOfAReadsNothingOfBAnywhere() throws Exception {
		var scenario = scenario();
		var reader = scenario.id("A.participant");
		assertThat(Api.as(port, reader).get("/api/operations/" + scenario.id("A") + "/conflicts").body())
			.as("A conflicts with B").contains(scenario.id("B"));

		var api = Api.as(port, reader);
		var pages = FormSession.signedIn(port, reader);
		var leaks = new ArrayList<String>();
		var checked = 0;
		for (var pattern : GetEndpoints.patterns(mappings)) {
			if (pattern.equals("/error") || pattern.startsWith("/v3/") || pattern.startsWith("/swagger")) {
				continue;
			}
			for (var path : concrete(pattern, scenario)) {
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
				scenario.secrets().stream().filter(text::contains).forEach(secret -> leaks.add(path + " shows " + secret));
			}
		}
		assertThat(checked).isGreaterThan(40);
		assertThat(scenario.secrets()).hasSizeGreaterThanOrEqualTo(4);
		assertThat(leaks).isEmpty();
		// The check itself can see the secrets where they are allowed: B's organiser.
		assertThat(Api.as(port, "t.iso.leader.de").get("/api/operations/" + scenario.id("B")).body())
			.contains("ISO-OBJECTIVES-SECRET");
	}

	@Test
	void theConflictNotificationTellsAsOrganiserOnlyBsCalendarEntry() throws Exception {
		var scenario = scenario();
		var organiser = "t.iso.leader.pl";
		var api = Api.as(port, organiser);
		var deadline = Instant.now().plus(Duration.ofSeconds(15));
		String notifications;
		do {
			notifications = api.get("/api/notifications?limit=500").body();
			Thread.sleep(100);
		}
		while (!notifications.contains(scenario.id("B.name")) && Instant.now().isBefore(deadline));
		assertThat(notifications).as("A's organiser hears of the conflict with B").contains(scenario.id("B.name"));
		var aboutB = new ArrayList<String>();
		for (var notification : Api.as(port, organiser).get("/api/notifications?limit=500").json()) {
			if (notification.get("title").asString().contains(scenario.id("B.name"))) {
				aboutB.add(notification.get("title").asString() + " " + notification.get("body").asString());
			}
		}
		var page = FormSession.signedIn(port, organiser).get("/notifications").body();
		java.util.regex.Pattern.compile("(?s)<li[^>]*>.*?</li>").matcher(page).results().map(m -> m.group())
			.filter(item -> item.contains(scenario.id("B.name"))).forEach(aboutB::add);
		assertThat(aboutB).as("the notification, in the API and on the page").hasSizeGreaterThanOrEqualTo(2);
		for (var text : aboutB) {
			assertThat(text).as("B's places and transport modes are B's details")
				.contains("days in common").doesNotContain("Hamburg").doesNotContain("DEHAM")
				.doesNotContainIgnoringCase("both control");
		}
	}

	/** A (Polish, with Lithuania) and B (German, with Austria) meet at Hamburg on the same days. */
	private IsolationScenario scenario() {
		accounts.ensure("t.iso.leader.de", "DE-CUSTOMS", Role.OPERATION_LEADER);
		accounts.ensure("t.iso.officer.de", "DE-CUSTOMS", Role.FIELD_OFFICER);
		accounts.ensure("t.iso.leader.pl", "PL-CUSTOMS", Role.OPERATION_LEADER);
		var reader = accounts.ensure("t.iso.coordinator.lt", "LT-CUSTOMS", Role.NATIONAL_COORDINATOR);
		var scenario = new IsolationScenario(context, port);
		var bName = "ISO-B-" + System.nanoTime();
		scenario.name("B.name", bName);
		scenario.name("B", create("t.iso.leader.de", bName, "DE-CUSTOMS", "DE", "AT", "ISO-OBJECTIVES-SECRET"));
		scenario.name("A", create("t.iso.leader.pl", "ISO-A-" + System.nanoTime(), "PL-CUSTOMS", "PL", "LT",
				"Ordinary objectives"));
		scenario.name("B.officer", "t.iso.officer.de");
		scenario.name("A.participant", reader);
		scenario.secret("ISO-OBJECTIVES-SECRET");
		PARTS.forEach(part -> part.prepare(scenario));
		return scenario;
	}

	/** The path with B's ids, plus search parameters aimed at B's secrets. */
	private static List<String> concrete(String pattern, IsolationScenario scenario) {
		var path = PARTS.stream().flatMap(part -> part.path(pattern, scenario).stream()).findFirst()
			.orElseGet(() -> GetEndpoints.path(pattern, scenario.id("B"), scenario.id("A")));
		var search = "q=ISO-B&name=ISO-PERSON-SECRET&number=ISO&entityId=" + scenario.id("B") + "&semester=2025-1"
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
			.formatted(name, organiser, lead, other, objectives));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asText();
	}
}
