package eu.jcohub.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.operations.OperationFilter;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationView;
import eu.jcohub.support.Api;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.TestAccounts;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class CalendarFeedTests {

	static final String WINDOW = "from=2091-01-01&to=2091-12-31";
	static final String DANISH = "organiser=DK-CUSTOMS&" + WINDOW;

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	OperationRegister register;

	@BeforeEach
	void tableTheDanishOperation() {
		var existing = accounts.as(accounts.leaderDk(), () -> register.list(OperationFilter.between(
				LocalDate.of(2091, 1, 1), LocalDate.of(2091, 12, 31))));
		if (existing.stream().noneMatch(view -> view.plan().name().equals("Feed Nordic Light"))) {
			var created = Api.as(port, accounts.leaderDk()).post("/api/operations", """
					{"name":"Feed Nordic Light","type":"JCO_REGIONAL","organiser":"DK-CUSTOMS","leadCountry":"DK",
					 "participants":["FI","SE"],"competence":"EXCLUSIVE_EU","domain":"CUSTOMS",
					 "riskAreas":["COCAINE","CIGARETTES"],"transportModes":["MARITIME_CONTAINER"],
					 "phases":[{"start":"2091-03-02","end":"2091-03-08"},{"start":"2091-04-06","end":"2091-04-12"}],
					 "objectives":"Secret objectives, line one\\nline two","contactPoint":"ocu@example.eu"}""");
			assertThat(created.status()).as(created.body()).isEqualTo(201);
		}
	}

	@Test
	void theFeedIsValidICalendarWithOneEventPerPhase() throws Exception {
		var feed = Api.as(port, accounts.leaderDk()).get("/api/calendar.ics?" + DANISH);
		assertThat(feed.status()).isEqualTo(200);
		assertThat(feed.contentType()).isEqualTo("text/calendar;charset=UTF-8");
		var body = feed.body();
		assertThat(body).startsWith("BEGIN:VCALENDAR\r\n").contains("VERSION:2.0\r\n").contains("PRODID:" + IcsFormat.PRODID);
		assertThat(body.lines().filter(line -> line.startsWith("UID:"))).hasSize(2).allMatch(uid -> uid.endsWith("@jcohub"));
		assertThat(body.lines().filter(line -> line.startsWith("DTSTAMP:"))).hasSize(2);
		assertThat(body).contains("DTSTART;VALUE=DATE:20910302").contains("DTEND;VALUE=DATE:20910309");
		var calendar = new CalendarBuilder().build(new StringReader(body));
		calendar.validate();
		assertThat(calendar.getComponents("VEVENT")).hasSize(2);
	}

	@Test
	void theEventsAreDescribedInWordsWithTheCodesKeptForImport() throws Exception {
		var body = Api.as(port, accounts.coordinatorFi()).get("/api/calendar.ics?" + DANISH).body();
		var calendar = new CalendarBuilder().build(new StringReader(body));
		var events = calendar.<net.fortuna.ical4j.model.component.VEvent>getComponents("VEVENT");
		var first = events.get(0);
		var description = first.getDescription().getValue();
		assertThat(description).startsWith("Organiser: Denmark customs administration\n")
			.contains("Type: Regional JCO · Status: Proposal\n")
			.contains("Countries taking part: Denmark, Finland, Sweden\n")
			.contains("Risk areas: Cigarettes, Cocaine\n")
			.doesNotContainPattern("\\b[A-Z]+_[A-Z_]+\\b").doesNotContain("PROPOSAL", "DK-CUSTOMS", "COCAINE");
		assertThat(first.getSummary().getValue()).isIn("Feed Nordic Light (phase 1)",
				"Feed Nordic Light (phase 2)");
		assertThat(first.getProperty("CATEGORIES").orElseThrow().getValue()).isEqualTo("Cigarettes,Cocaine");
		assertThat(first.getProperty("X-JCOHUB-TYPE").orElseThrow().getValue()).isEqualTo("JCO_REGIONAL");
		assertThat(first.getProperty("X-JCOHUB-RISK-AREAS").orElseThrow().getValue()).contains("CIGARETTES", "COCAINE");
	}

	@Test
	void theFeedHidesDetailsFromANonParticipant() {
		var participant = Api.as(port, accounts.coordinatorFi()).get("/api/calendar.ics?" + WINDOW).body();
		assertThat(participant).contains("Feed Nordic Light").contains("X-JCOHUB-TRANSPORT-MODES:MARITIME_CONTAINER")
			.contains("Secret objectives");
		var outsider = Api.as(port, accounts.coordinatorPt()).get("/api/calendar.ics?" + WINDOW).body();
		assertThat(outsider).contains("Feed Nordic Light").contains("COCAINE")
			.doesNotContain("MARITIME_CONTAINER").doesNotContain("Secret objectives");
	}

	@Test
	void aPersonalFeedTokenOpensTheFeedWithoutSigningInAndAWrongOneIsRefused() {
		var issued = Api.as(port, accounts.coordinatorPt()).post("/api/me/feed-token", "");
		assertThat(issued.status()).as(issued.body()).isEqualTo(200);
		var url = issued.json().get("url").asString();
		assertThat(url).contains("/api/calendar.ics?token=feed_");
		var token = url.substring(url.indexOf("token=") + 6);

		var feed = Api.anonymous(port).get("/api/calendar.ics?token=" + token + "&" + WINDOW);
		assertThat(feed.status()).isEqualTo(200);
		assertThat(feed.body()).contains("Feed Nordic Light").doesNotContain("Secret objectives");

		assertThat(Api.anonymous(port).get("/api/calendar.ics?token=feed_wrong").status()).isEqualTo(401);
		assertThat(Api.anonymous(port).get("/api/calendar.ics").status()).isEqualTo(401);
		// A feed token opens the feed only.
		assertThat(Api.anonymous(port).get("/api/operations/export.csv?token=" + token).status()).isEqualTo(401);
	}

	@Test
	void anExportedCalendarImportedAsAnotherBodysFileGivesTheSameOperations() {
		var exported = Api.as(port, accounts.leaderDk()).get("/api/calendar.ics?" + DANISH).body();
		var original = only(accounts.leaderDk(), "DK-CUSTOMS");

		var response = Upload.file(Api.as(port, accounts.secretariat()), "dk-programme.ics", exported,
				Map.of("organiser", "OLAF"));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.json().get("accepted").asInt()).isEqualTo(1);

		var copy = only(accounts.secretariat(), "OLAF");
		assertThat(copy.plan().externalId()).isEqualTo(original.id().toString());
		assertThat(copy.plan().name()).isEqualTo(original.plan().name());
		assertThat(copy.plan().phases()).isEqualTo(original.plan().phases());
		assertThat(copy.plan().riskAreas()).isEqualTo(original.plan().riskAreas());
		assertThat(copy.plan().participants()).isEqualTo(original.plan().participants());
		assertThat(copy.plan().transportModes()).isEqualTo(original.plan().transportModes());
		assertThat(copy.plan().type()).isEqualTo(original.plan().type());
		assertThat(copy.plan().objectives()).isEqualTo(original.plan().objectives());

		var again = Upload.file(Api.as(port, accounts.secretariat()), "dk-programme.ics", exported,
				Map.of("organiser", "OLAF"));
		assertThat(again.json().get("unchanged").asInt()).isEqualTo(1);
	}

	@Test
	void theCsvExportHasTheTemplateColumnsAndHidesDetailsFromOutsiders() {
		var participant = Api.as(port, accounts.coordinatorFi()).get("/api/operations/export.csv?" + DANISH);
		assertThat(participant.status()).isEqualTo(200);
		assertThat(participant.contentType()).startsWith("text/csv");
		assertThat(participant.body()).startsWith(String.join(",", CsvFormat.COLUMNS))
			.contains("Feed Nordic Light").contains("MARITIME_CONTAINER").contains("2091-04-06");
		var outsider = Api.as(port, accounts.coordinatorPt()).get("/api/operations/export.csv?" + DANISH);
		assertThat(outsider.body()).contains("Feed Nordic Light").doesNotContain("MARITIME_CONTAINER");
	}

	private OperationView only(String user, String organiser) {
		var filter = new OperationFilter(LocalDate.of(2091, 1, 1), LocalDate.of(2091, 12, 31), organiser, null, null,
				null, null, null);
		var views = accounts.as(user, () -> register.list(filter));
		assertThat(views).hasSize(1);
		return views.get(0);
	}
}
