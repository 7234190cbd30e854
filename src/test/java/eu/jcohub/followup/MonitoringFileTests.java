package eu.jcohub.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import eu.jcohub.followup.internal.RecommendationStore;
import eu.jcohub.notifications.Notifications;
import eu.jcohub.accounts.UserAccounts;
import eu.jcohub.support.Api;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.TestAccounts;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The recommendation monitoring file through the API: the source report's recommendations from the start, the
 * rules of status and evidence, actions with known owners, who works what, the filters, the exports read back,
 * and reminders of overdue actions on a fixed clock.
 */
@IntegrationTest
class MonitoringFileTests {

	private static final String REPORT = "Council doc. 9947/1/11 REV 1 – Action 4.6 \"To revise the concept of JCOs\", final report, section 7";

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	RecommendationStore store;

	@Autowired
	UserAccounts users;

	@Autowired
	Notifications notifications;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theFileStartsWithTheSourceReportsOwnRecommendationsAddressedToTheWorkingParty() {
		var listed = api(accounts.coordinatorPt()).get("/api/recommendations?source=" + encoded(REPORT)).json();
		var numbers = new ArrayList<String>();
		listed.valueStream().forEach(r -> {
			numbers.add(r.get("reference").asString());
			assertThat(r.get("addressee").asString()).isEqualTo("CCWP");
		});
		assertThat(numbers).containsExactly("1.1", "1.2", "2.1", "2.2.1", "2.2.2", "2.2.3", "2.3.1", "2.3.2");
		var first = listed.get(0);
		assertThat(first.get("text").asString()).startsWith("to further explore the possibility of establishing a permanent");
		// 1.1 and 2.3.2 both ask for a permanent structure: the file flags them as recurring.
		assertThat(first.get("recursWith").get(0).asString()).isEqualTo(listed.get(7).get("id").asString());
	}

	@Test
	void implementedNeedsEvidenceAndNotImplementedAReasonAndNothingIsSavedWithout() {
		var id = recommendation("DK-CUSTOMS", "Evidence rule " + System.nanoTime());
		var leader = api(accounts.leaderDk());

		var noEvidence = leader.send("PATCH", "/api/recommendations/" + id, "{\"status\":\"IMPLEMENTED\",\"version\":0}");
		assertThat(noEvidence.status()).isEqualTo(422);
		assertThat(noEvidence.json().get("errors").get("evidence").asString())
			.isEqualTo("Give the evidence that it was implemented.");
		var noReason = leader.send("PATCH", "/api/recommendations/" + id, "{\"status\":\"NOT_IMPLEMENTED\",\"version\":0}");
		assertThat(noReason.json().get("errors").get("reason").asString()).isEqualTo("Give the reason it was not implemented.");
		assertThat(leader.get("/api/recommendations/" + id).json().get("status").asString()).isEqualTo("OPEN");

		var done = leader.send("PATCH", "/api/recommendations/" + id,
				"{\"status\":\"IMPLEMENTED\",\"evidence\":\"Circulated as doc. 1234/27\",\"version\":0}");
		assertThat(done.status()).as(done.body()).isEqualTo(200);
		assertThat(done.json().get("status").asString()).isEqualTo("IMPLEMENTED");
		assertThat(done.json().get("evidence").asString()).isEqualTo("Circulated as doc. 1234/27");
	}

	@Test
	void aChangeMustNameTheVersionItWasMadeOnSoThatItUndoesNoOtherChange() {
		var id = recommendation("DK-CUSTOMS", "Versions " + System.nanoTime());
		var leader = api(accounts.leaderDk());

		var versionless = leader.send("PATCH", "/api/recommendations/" + id, "{\"status\":\"IN_PROGRESS\"}");
		assertThat(versionless.status()).isEqualTo(428);
		assertThat(leader.send("PATCH", "/api/recommendations/" + id, "{\"status\":\"IN_PROGRESS\",\"version\":0}")
			.json().get("version").asLong()).isEqualTo(1);

		var stale = leader.send("PATCH", "/api/recommendations/" + id,
				"{\"status\":\"OBSOLETE\",\"version\":0}");
		assertThat(stale.status()).isEqualTo(409);
		assertThat(leader.get("/api/recommendations/" + id).json().get("status").asString()).isEqualTo("IN_PROGRESS");
	}

	@Test
	void anActionNeedsAKnownOwnerAndARealDateAndNothingIsSavedOtherwise() {
		var id = recommendation("DK-CUSTOMS", "Action rule " + System.nanoTime());
		var leader = api(accounts.leaderDk());

		var unknown = leader.post("/api/recommendations/" + id + "/actions",
				"{\"description\":\"Draft a guide\",\"owner\":\"XX-NOBODY\",\"due\":\"2030-01-31\"}");
		assertThat(unknown.status()).isEqualTo(422);
		assertThat(unknown.json().get("errors").get("owner").asString()).isEqualTo("Choose an organisation JCO Hub knows.");
		var noDate = leader.post("/api/recommendations/" + id + "/actions",
				"{\"description\":\"Draft a guide\",\"owner\":\"FI-CUSTOMS\",\"due\":\"31/01/2030\"}");
		assertThat(noDate.json().get("errors").get("due").asString()).isEqualTo("A date such as 2027-03-31.");
		assertThat(leader.get("/api/recommendations/" + id).json().get("actions").size()).isZero();

		var added = leader.post("/api/recommendations/" + id + "/actions",
				"{\"description\":\"Draft a guide\",\"owner\":\"FI-CUSTOMS\",\"due\":\"2030-01-31\"}");
		assertThat(added.status()).as(added.body()).isEqualTo(201);
		assertThat(leader.get("/api/recommendations/" + id).json().get("actions").get(0).get("owner").asString())
			.isEqualTo("FI-CUSTOMS");
	}

	@Test
	void onlyTheAddresseeAndTheKeepersWorkARecommendationWhileEveryoneReadsIt() {
		var id = recommendation("DK-CUSTOMS", "Who works " + System.nanoTime());
		var change = "{\"status\":\"IN_PROGRESS\",\"version\":0}";

		assertThat(api(accounts.coordinatorFi()).send("PATCH", "/api/recommendations/" + id, change).status()).isEqualTo(403);
		assertThat(api(accounts.coordinatorFi()).get("/api/recommendations/" + id).status()).isEqualTo(200);
		assertThat(api(accounts.leaderDk()).send("PATCH", "/api/recommendations/" + id, change).status()).isEqualTo(200);
		// Rewording is the keepers' work, even for the addressee.
		assertThat(api(accounts.leaderDk()).send("PATCH", "/api/recommendations/" + id, "{\"text\":\"Something else\",\"version\":1}")
			.status()).isEqualTo(403);
		assertThat(api(accounts.leaderDk()).post("/api/recommendations",
				"{\"source\":\"S\",\"text\":\"T\",\"addressee\":\"DK-CUSTOMS\"}").status()).isEqualTo(403);
	}

	@Test
	void theFiltersFindOverdueActionsAndWhatIsOursToDo() {
		var unique = "Filters " + System.nanoTime();
		var overdue = recommendation("DK-CUSTOMS", unique + " overdue");
		var later = recommendation("DK-CUSTOMS", unique + " later");
		var others = recommendation("PT-CUSTOMS", unique + " Portugal's");
		var leader = api(accounts.leaderDk());
		leader.post("/api/recommendations/" + overdue + "/actions",
				"{\"description\":\"Late\",\"owner\":\"DK-CUSTOMS\",\"due\":\"2020-01-31\"}");
		leader.post("/api/recommendations/" + later + "/actions",
				"{\"description\":\"Later\",\"owner\":\"DK-CUSTOMS\",\"due\":\"2090-01-31\"}");

		assertThat(ids(leader, "?overdue=true", unique)).containsExactly(overdue);
		assertThat(ids(leader, "?mine=true", unique)).containsExactly(overdue, later);
		assertThat(ids(leader, "?addressee=PT-CUSTOMS", unique)).containsExactly(others);
		assertThat(ids(api(accounts.coordinatorPt()), "?mine=true", unique)).containsExactly(others);
		assertThat(ids(leader, "?status=OPEN", unique)).containsExactly(overdue, later, others);
		assertThat(leader.get("/api/recommendations?status=SOMEDAY").status()).isEqualTo(422);
	}

	@Test
	void aRecommendationNamesTheOperationItCameFromAndTheFileIsFilteredByIt() {
		var unique = "From an operation " + System.nanoTime();
		var start = java.time.LocalDate.now().minusMonths(2);
		var created = api(accounts.leaderDk()).post("/api/operations", eu.jcohub.support.Plans.json(unique, "DK-CUSTOMS",
				"DK", List.of("FI"), List.of("CIGARETTES"), List.of("ROAD"), start, start.plusDays(10)));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		var operation = created.json().get("id").asString();
		var keepers = api(accounts.secretariat());

		var tied = keepers.post("/api/recommendations", """
				{"source":"Debriefing","text":"%s tied","addressee":"DK-CUSTOMS","operation":"%s"}""".formatted(unique, operation));
		assertThat(tied.status()).as(tied.body()).isEqualTo(201);
		assertThat(tied.json().get("operation").asString()).isEqualTo(operation);
		var untied = record("Debriefing", "", unique + " untied", "DK-CUSTOMS");

		assertThat(ids(keepers, "?operation=" + operation, unique)).containsExactly(tied.json().get("id").asString());
		assertThat(ids(keepers, "", unique)).hasSize(2).contains(untied);
		assertThat(keepers.get("/api/recommendations?operation=nonsense").status()).isEqualTo(422);

		var unknown = keepers.post("/api/recommendations", """
				{"source":"Debriefing","text":"%s unknown","addressee":"DK-CUSTOMS","operation":"%s"}"""
			.formatted(unique, java.util.UUID.randomUUID()));
		assertThat(unknown.status()).isEqualTo(422);
		assertThat(unknown.json().get("errors").get("operation").asString()).isEqualTo("Choose an operation you may see, or none.");
		assertThat(ids(keepers, "", unique)).hasSize(2);

		var cleared = keepers.send("PATCH", "/api/recommendations/" + tied.json().get("id").asString(),
				"{\"operation\":\"\",\"version\":0}");
		assertThat(cleared.status()).as(cleared.body()).isEqualTo(200);
		assertThat(ids(keepers, "?operation=" + operation, unique)).isEmpty();
	}

	@Test
	void theSpreadsheetReadsBackWithTheMarkingHeadingsAndOneRowPerRecommendation() throws Exception {
		var source = "Export " + System.nanoTime();
		record(source, "1", "Share risk profiles a week earlier", "DK-CUSTOMS");
		record(source, "2", "Name a contact point for every port", "FI-CUSTOMS");

		var response = api(accounts.coordinatorPt()).get("/api/recommendations/export.xlsx?source=" + encoded(source));

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response.bytes()))) {
			var sheet = workbook.getSheetAt(0);
			var format = new DataFormatter();
			assertThat(format.formatCellValue(sheet.getRow(0).getCell(0))).isEqualTo("JCO HUB – CALENDAR");
			assertThat(format.formatCellValue(sheet.getRow(1).getCell(0))).isEqualTo("Recommendation monitoring file");
			var header = new ArrayList<String>();
			sheet.getRow(3).forEach(cell -> header.add(format.formatCellValue(cell)));
			assertThat(header).containsExactly("No.", "Source", "Recommendation", "Addressee", "Status",
					"Evidence or reason", "Actions", "Recurring");
			assertThat(sheet.getLastRowNum()).isEqualTo(5);
			assertThat(format.formatCellValue(sheet.getRow(4).getCell(2))).isEqualTo("Share risk profiles a week earlier");
			assertThat(format.formatCellValue(sheet.getRow(4).getCell(4))).isEqualTo("Open");
			assertThat(format.formatCellValue(sheet.getRow(5).getCell(3))).contains("Finland");
			assertThat(sheet.getFooter().getCenter()).isEqualTo("JCO HUB – CALENDAR");
		}
	}

	@Test
	void thePdfCarriesTheMarkingOnEveryPageAndEveryRecommendation() throws Exception {
		var response = api(accounts.coordinatorPt()).get("/api/recommendations/export.pdf?source=" + encoded(REPORT));

		assertThat(response.contentType()).startsWith("application/pdf");
		try (var reader = new PdfReader(response.bytes())) {
			var all = new StringBuilder();
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				var text = new PdfTextExtractor(reader).getTextFromPage(page);
				assertThat(text).as("page " + page).contains("JCO HUB – CALENDAR")
					.contains("Page " + page + " of " + reader.getNumberOfPages());
				all.append(text);
			}
			assertThat(all.toString().replaceAll("\\s+", " ")).contains("Recommendation monitoring file")
				.contains("2.3.2").contains("Council Customs Cooperation Working Party").contains("Open");
		}
	}

	@Test
	void ownersOfOverdueActionsAreRemindedOnceOnAFixedClock() {
		var unique = "Remind " + System.nanoTime();
		var portugal = accounts.coordinatorPt();
		var id = recommendation("DK-CUSTOMS", unique);
		var leader = api(accounts.leaderDk());
		leader.post("/api/recommendations/" + id + "/actions",
				"{\"description\":\"" + unique + " late\",\"owner\":\"DK-CUSTOMS\",\"due\":\"2075-01-10\"}");
		leader.post("/api/recommendations/" + id + "/actions",
				"{\"description\":\"" + unique + " later\",\"owner\":\"DK-CUSTOMS\",\"due\":\"2075-02-10\"}");
		leader.post("/api/recommendations/" + id + "/actions",
				"{\"description\":\"" + unique + " Portugal\",\"owner\":\"PT-CUSTOMS\",\"due\":\"2075-01-11\"}");

		reminders("2075-01-15T05:45:00Z").remind();
		reminders("2075-01-16T05:45:00Z").remind();

		assertThat(titles(accounts.leaderDk(), unique)).containsExactly("Overdue action: " + unique + " late");
		assertThat(titles(portugal, unique)).containsExactly("Overdue action: " + unique + " Portugal");
		assertThat(titles(accounts.coordinatorFi(), unique)).isEmpty();

		leader.send("PATCH", "/api/recommendations/" + id, "{\"status\":\"OBSOLETE\",\"version\":0}");
		reminders("2075-03-01T05:45:00Z").remind();
		assertThat(titles(accounts.leaderDk(), unique)).hasSize(1);
	}

	private ActionReminders reminders(String now) {
		return new ActionReminders(store, users, notifications, transactions, Clock.fixed(Instant.parse(now), ZoneOffset.UTC));
	}

	private List<String> titles(String username, String unique) {
		return api(username).get("/api/notifications?limit=500").json().valueStream()
			.map(notification -> notification.get("title").asString())
			.filter(title -> title.contains(unique))
			.toList();
	}

	private List<String> ids(Api api, String query, String unique) {
		return api.get("/api/recommendations" + query).json().valueStream()
			.filter(r -> r.get("text").asString().startsWith(unique))
			.map(r -> r.get("id").asString())
			.toList();
	}

	private String recommendation(String addressee, String text) {
		return record("Debriefing of a test operation", "", text, addressee);
	}

	private String record(String source, String reference, String text, String addressee) {
		var recorded = api(accounts.secretariat()).post("/api/recommendations", """
				{"reference":"%s","source":"%s","text":"%s","addressee":"%s"}""".formatted(reference, source, text, addressee));
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
		return recorded.json().get("id").asString();
	}

	private Api api(String username) {
		return Api.as(port, username);
	}

	private static String encoded(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
