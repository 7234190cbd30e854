package eu.jcohub.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.access.Role;
import eu.jcohub.operations.Competence;
import eu.jcohub.operations.OperationPlan;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationType;
import eu.jcohub.operations.Phase;
import eu.jcohub.operations.PolicyDomain;
import eu.jcohub.seizures.ReportType;
import eu.jcohub.seizures.ReportValidated;
import eu.jcohub.shared.OperationId;
import eu.jcohub.support.Api;
import eu.jcohub.support.FormSession;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.TestAccounts;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The overview counted from constructed operations and reports in years no other test uses (2097 and 2098), each
 * figure against a recount of what was constructed: filters combined, a report delivered twice and validated again,
 * an operation moved to another year, what a reader who sees only one operation in detail is told, and bad filters.
 */
@IntegrationTest
class AnalyticsTests {

	private static final int YEAR = 2097;

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	OperationRegister register;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	private static @Nullable Fixture fixture;

	/** What was constructed: the operations and the reports validated on them. */
	record Fixture(OperationId dk, OperationId fi, OperationId pt, List<ReportValidated> reports) {
	}

	@BeforeEach
	void construct() throws Exception {
		if (fixture != null) {
			return;
		}
		var secretariat = accounts.secretariat();
		// Danish, one phase of 10 days, two risk areas; known 30 days before (tabled today: the notice is counted
		// from the day the calendar first knew of it).
		var dk = accounts.as(secretariat, () -> register.table(plan("AN-DK", OperationType.JCO_REGIONAL, "DK-CUSTOMS",
				"DK", Set.of("FI"), Set.of("CIGARETTES", "ALCOHOL"),
				List.of(new Phase(LocalDate.of(YEAR, 3, 1), LocalDate.of(YEAR, 3, 10)))))).id();
		// Finnish, full-scale, split in two phases of 5 and 7 days.
		var fi = accounts.as(secretariat, () -> register.table(plan("AN-FI", OperationType.JCO_FULL_SCALE,
				"FI-CUSTOMS", "FI", Set.of("EE"), Set.of("CIGARETTES"),
				List.of(new Phase(LocalDate.of(YEAR, 5, 1), LocalDate.of(YEAR, 5, 5)),
						new Phase(LocalDate.of(YEAR, 5, 10), LocalDate.of(YEAR, 5, 16)))))).id();
		// Danish with Portugal, first planned for the year after, then moved into the year: its year must move.
		var ptPlan = plan("AN-PT", OperationType.JCO_REGIONAL, "DK-CUSTOMS", "DK", Set.of("PT"), Set.of("DRUGS"),
				List.of(new Phase(LocalDate.of(YEAR + 1, 2, 1), LocalDate.of(YEAR + 1, 2, 3))));
		var pt = accounts.as(secretariat, () -> register.table(ptPlan));
		waitFor(secretariat, YEAR + 1, YEAR + 1, "", o -> o.get("operations").asLong() == 1);
		accounts.as(secretariat, () -> register.revise(pt.id(), plan("AN-PT", OperationType.JCO_REGIONAL, "DK-CUSTOMS",
				"DK", Set.of("PT"), Set.of("DRUGS", "CIGARETTES", "WEAPONS"),
				List.of(new Phase(LocalDate.of(YEAR, 9, 1), LocalDate.of(YEAR, 9, 3)))), pt.version()));

		var at = Instant.now().minus(1, ChronoUnit.DAYS);
		var reports = new ArrayList<ReportValidated>();
		reports.add(report(dk, 1, ReportType.CONTROL, "DK-CUSTOMS", "CIGARETTES", null, null, 12, true, at));
		reports.add(report(dk, 1, ReportType.CONTROL, "DK-CUSTOMS", "CIGARETTES", null, null, 30, false, at));
		reports.add(report(dk, 1, ReportType.SEIZURE, "FI-CUSTOMS", "CIGARETTES", "1000", "STICKS", 0, true, at));
		reports.add(report(fi, 1, ReportType.CONTROL, "FI-CUSTOMS", "CIGARETTES", null, null, 5, false, at));
		reports.add(report(fi, 1, ReportType.CONTROL, "EE-CUSTOMS", "CIGARETTES", null, null, 7, false, at));
		reports.add(report(fi, 1, ReportType.CONTROL, "EE-CUSTOMS", "CIGARETTES", null, null, 2, true, at));
		reports.add(report(fi, 2, ReportType.CONTROL, "FI-CUSTOMS", "CIGARETTES", null, null, 4, true, at));
		reports.add(report(fi, 2, ReportType.SEIZURE, "FI-CUSTOMS", "ALCOHOL", "40", "L", 0, true, at));
		var wrong = report(fi, 2, ReportType.SEIZURE, "EE-CUSTOMS", "CIGARETTES", "999", "STICKS", 0, true, at);
		reports.forEach(this::validate);
		validate(wrong);
		validate(reports.get(2)); // delivered twice: counts once
		// Validated again with corrected figures: the 999 sticks are taken off and 200 counted instead.
		var corrected = new ReportValidated(wrong.reportId(), wrong.operationId(), 2, ReportType.SEIZURE,
				wrong.occurredAt(), "EE-CUSTOMS", null, null, "CIGARETTES", null, null, new BigDecimal("200"), "STICKS",
				null, null, 0, true, wrong.validatedAt().plusSeconds(60));
		validate(corrected);
		reports.add(corrected);
		fixture = new Fixture(dk, fi, pt.id(), List.copyOf(reports));
		waitFor(secretariat, YEAR, YEAR, "", o -> o.get("operations").asLong() == 3
				&& o.get("results").get("reports").asLong() == fixture.reports().size()
				&& o.get("results").get("seizuresByRiskArea").toString().contains("\"quantity\":1200"));
	}

	@Test
	void everyFigureMatchesARecountOfWhatWasConstructed() throws Exception {
		var o = overview(accounts.secretariat(), "from=" + YEAR + "&to=" + YEAR);
		var reports = fixture.reports();
		assertThat(o.get("operations").asLong()).isEqualTo(3);
		assertThat(o.get("detailed").asLong()).isEqualTo(3);

		var year = o.get("perYear").get(0);
		assertThat(year.get("year").asInt()).isEqualTo(YEAR);
		assertThat(year.get("operations").asLong()).isEqualTo(3);
		assertThat(year.get("byType").get("JCO_REGIONAL").asLong()).isEqualTo(2);
		assertThat(year.get("byType").get("JCO_FULL_SCALE").asLong()).isEqualTo(1);
		assertThat(year.get("byOrganiser").get("DK-CUSTOMS").asLong()).isEqualTo(2);
		assertThat(year.get("byOrganiser").get("FI-CUSTOMS").asLong()).isEqualTo(1);

		assertThat(tally(o.get("riskAreas"))).containsExactly("CIGARETTES=3", "ALCOHOL=1", "DRUGS=1", "WEAPONS=1");
		assertThat(tally(o.get("riskAreaBreadth"))).containsExactly("0=0", "1=1", "2=1", "3+=1");

		var phases = o.get("phases");
		assertThat(phases.get("singlePhase").asLong()).isEqualTo(2);
		assertThat(phases.get("split").asLong()).isEqualTo(1);
		assertThat(phases.get("shortestDays").asInt()).isEqualTo(3);
		assertThat(phases.get("medianDays").asDouble()).isEqualTo(10.0);
		assertThat(phases.get("longestDays").asInt()).isEqualTo(12);
		assertRate(phases.get("phase1"), reports, r -> r.operationId().equals(fixture.fi()) && r.phase() == 1);
		assertRate(phases.get("phase2"), reports, r -> r.operationId().equals(fixture.fi()) && r.phase() == 2);
		assertRate(phases.get("singlePhaseOperations"), reports, r -> !r.operationId().equals(fixture.fi()));
		assertRate(phases.get("splitOperations"), reports, r -> r.operationId().equals(fixture.fi()));

		// All three were tabled today: the notice is the days from today to their first day.
		var today = LocalDate.now();
		var dkNotice = o.get("notice").get(0);
		assertThat(dkNotice.get("organiser").asText()).isEqualTo("DK-CUSTOMS");
		assertThat(dkNotice.get("operations").asLong()).isEqualTo(2);
		assertThat(dkNotice.get("shortestDays").asLong())
			.isEqualTo(ChronoUnit.DAYS.between(today, LocalDate.of(YEAR, 3, 1)));
		assertThat(dkNotice.get("longestDays").asLong())
			.isEqualTo(ChronoUnit.DAYS.between(today, LocalDate.of(YEAR, 9, 1)));

		var results = o.get("results");
		var counted = counted(reports);
		assertThat(results.get("reports").asLong()).isEqualTo(counted.size());
		assertThat(results.get("controls").asLong()).isEqualTo(counted.stream().filter(r -> r.type() == ReportType.CONTROL).count());
		assertThat(results.get("seizures").asLong()).isEqualTo(counted.stream().filter(r -> r.type() == ReportType.SEIZURE).count());
		assertThat(results.get("hits").asLong()).isEqualTo(counted.stream().filter(ReportValidated::infringement).count());
		assertThat(results.get("controlled").asLong()).isEqualTo(counted.stream().mapToLong(ReportValidated::controlledCount).sum());
		assertThat(results.get("seizuresByRiskArea").toString().replace(".0", ""))
			.contains("{\"riskArea\":\"ALCOHOL\",\"unit\":\"L\",\"seizures\":1,\"quantity\":40}")
			.contains("{\"riskArea\":\"CIGARETTES\",\"unit\":\"STICKS\",\"seizures\":2,\"quantity\":1200}");
	}

	@Test
	void filtersCombineAndARiskAreaCountsItsNarrowerOnes() throws Exception {
		var secretariat = accounts.secretariat();
		var dkCigarettes = overview(secretariat, "from=" + YEAR + "&to=" + YEAR + "&organiser=DK-CUSTOMS&riskArea=ALCOHOL");
		assertThat(dkCigarettes.get("operations").asLong()).isEqualTo(1);
		assertThat(dkCigarettes.get("results").get("reports").asLong())
			.isEqualTo(counted(fixture.reports()).stream().filter(r -> r.operationId().equals(fixture.dk())).count());
		var tobacco = overview(secretariat, "from=" + YEAR + "&to=" + YEAR + "&riskArea=TOBACCO");
		assertThat(tobacco.get("operations").asLong()).as("cigarettes are tobacco").isEqualTo(3);
		var fullScaleWithEstonia = overview(secretariat, "from=" + YEAR + "&to=" + YEAR + "&type=JCO_FULL_SCALE&state=EE");
		assertThat(fullScaleWithEstonia.get("operations").asLong()).isEqualTo(1);
		assertThat(fullScaleWithEstonia.get("phases").get("split").asLong()).isEqualTo(1);
		var regionalWithEstonia = overview(secretariat, "from=" + YEAR + "&to=" + YEAR + "&type=JCO_REGIONAL&state=EE");
		assertThat(regionalWithEstonia.get("operations").asLong()).isZero();
		assertThat(regionalWithEstonia.get("results").get("reports").asLong()).isZero();
		var nextYear = overview(secretariat, "from=" + (YEAR + 1) + "&to=" + (YEAR + 1));
		assertThat(nextYear.get("operations").asLong()).as("the operation moved out of the year after").isZero();
	}

	@Test
	void aReaderCountsTheDetailsOnlyOfTheOperationsWhoseDetailsTheyMaySee() throws Exception {
		// Portugal's coordinator takes part in AN-PT only: every calendar figure, but no report of AN-DK or AN-FI.
		var o = overview(accounts.coordinatorPt(), "from=" + YEAR + "&to=" + YEAR);
		assertThat(o.get("operations").asLong()).isEqualTo(3);
		assertThat(o.get("detailed").asLong()).isEqualTo(1);
		assertThat(o.get("results").get("reports").asLong()).isZero();
		assertThat(o.get("results").get("seizuresByRiskArea")).isEmpty();
		assertThat(o.get("phases").get("phase1").get("reports").asLong()).isZero();
		assertThat(o.get("phases").get("split").asLong()).as("a calendar figure").isEqualTo(1);
		var csv = Api.as(port, accounts.coordinatorPt()).get("/api/analytics/overview/seizures.csv?from=" + YEAR + "&to=" + YEAR);
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.body().strip().lines()).hasSize(1);

		// Denmark's share: what it led, and the reports it made, for the secretariat.
		var share = Api.as(port, accounts.secretariat())
			.get("/api/analytics/administrations/DK-CUSTOMS?from=" + YEAR + "&to=" + YEAR).json();
		assertThat(share.get("led").toString()).contains("AN-DK", "AN-PT").doesNotContain("AN-FI");
		assertThat(share.get("reports").asLong()).isEqualTo(counted(fixture.reports()).stream()
			.filter(r -> r.administration().equals("DK-CUSTOMS")).count());
		var estonia = Api.as(port, accounts.secretariat())
			.get("/api/analytics/administrations/EE-CUSTOMS?from=" + YEAR + "&to=" + YEAR).json();
		assertThat(estonia.get("joined").toString()).contains("AN-FI");
		assertThat(estonia.get("seizures").asLong()).isEqualTo(1);
		assertThat(estonia.get("seized").toString().replace(".0", "")).contains("\"quantity\":200");

		var officer = accounts.ensure("t.officer.fi", "FI-CUSTOMS", Role.FIELD_OFFICER);
		assertThat(Api.as(port, officer).get("/api/analytics/overview").status()).isEqualTo(403);
		assertThat(Api.as(port, accounts.secretariat()).get("/api/analytics/administrations/NOWHERE").status())
			.isEqualTo(404);
	}

	@Test
	void eachChartsNumbersDownloadAsTheTableShowsThem() throws Exception {
		var csv = Api.as(port, accounts.secretariat())
			.get("/api/analytics/overview/hit-rates.csv?from=" + YEAR + "&to=" + YEAR);
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.contentType()).startsWith("text/csv");
		var phase1 = counted(fixture.reports()).stream()
			.filter(r -> r.operationId().equals(fixture.fi()) && r.phase() == 1).toList();
		long hits = phase1.stream().filter(ReportValidated::infringement).count();
		assertThat(csv.body().lines().toList()).contains("Reports of,Hit rate (%),Reports,With an infringement",
				"Phase 1 of split operations," + percent(hits, phase1.size()).replaceFirst("\\.0$", "") + ","
						+ phase1.size() + "," + hits);
		assertThat(Api.as(port, accounts.secretariat()).get("/api/analytics/overview/nothing.csv").status())
			.isEqualTo(404);

		var page = FormSession.signedIn(port, accounts.secretariat()).get("/analytics?from=" + YEAR + "&to=" + YEAR
				+ "&organiser=&type=&riskArea=&state=");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"table-hit-rates\"", "Phase 1 of split operations",
				"/api/analytics/overview/hit-rates.csv?from=" + YEAR + "&amp;to=" + YEAR);
	}

	@Test
	void theAnnualReportReadsBackAsPdfAndSpreadsheetWithTheSameNumbers() throws Exception {
		var api = Api.as(port, accounts.secretariat());
		var counted = counted(fixture.reports());
		var pdf = api.get("/api/analytics/annual-report/" + YEAR + ".pdf");
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.contentType()).startsWith("application/pdf");
		var text = new StringBuilder();
		try (var reader = new com.lowagie.text.pdf.PdfReader(pdf.bytes())) {
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				text.append(new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
			}
		}
		assertThat(text.toString()).contains("annual overview " + YEAR, "JCO HUB – PARTICIPANTS ONLY",
				"Hit rates: phase 1 against phase 2", "Seizures per risk area and unit", "page 1 of")
			.containsPattern("Validated reports\\s*" + counted.size() + "\\s");

		var xlsx = api.get("/api/analytics/annual-report/" + YEAR + ".xlsx?organiser=DK-CUSTOMS");
		assertThat(xlsx.status()).isEqualTo(200);
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.bytes()))) {
			var results = java.util.stream.IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetAt)
				.filter(sheet -> sheet.getRow(1).getCell(0).getStringCellValue().equals("Results")).findFirst().orElseThrow();
			assertThat(results.getRow(0).getCell(0).getStringCellValue()).isEqualTo("JCO HUB – PARTICIPANTS ONLY");
			var reports = results.getRow(4);
			assertThat(reports.getCell(0).getStringCellValue()).isEqualTo("Validated reports");
			assertThat(reports.getCell(1).getNumericCellValue()).as("Danish operations only")
				.isEqualTo(counted.stream().filter(r -> !r.operationId().equals(fixture.fi())).count());
		}
		assertThat(api.get("/api/analytics/annual-report/last.pdf").status()).isEqualTo(422);
	}

	@Test
	void badFiltersAreRefusedNamingTheField() throws Exception {
		var api = Api.as(port, accounts.secretariat());
		var backwards = api.get("/api/analytics/overview?from=2030&to=2020");
		assertThat(backwards.status()).isEqualTo(422);
		assertThat(backwards.contentType()).contains("application/problem+json");
		assertThat(backwards.json().get("errors").has("to")).isTrue();
		assertThat(api.get("/api/analytics/overview?from=twenty").json().get("errors").has("from")).isTrue();
		assertThat(api.get("/api/analytics/overview?from=1900&to=2100").status()).isEqualTo(422);
		assertThat(api.get("/api/analytics/overview?type=SOMETHING").json().get("errors").has("type")).isTrue();
		assertThat(api.get("/api/analytics/overview?organiser=%3Cscript%3E").status()).isEqualTo(422);

		var page = FormSession.signedIn(port, accounts.secretariat()).get("/analytics?from=2030&to=2020");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"to-error\"", "value=\"2020\"").doesNotContain("id=\"analytics-scope\"");
	}

	private static List<ReportValidated> counted(List<ReportValidated> reports) {
		// The last validation of each report counts.
		var last = new java.util.LinkedHashMap<UUID, ReportValidated>();
		reports.forEach(r -> last.put(r.reportId(), r));
		return List.copyOf(last.values());
	}

	private static void assertRate(JsonNode rate, List<ReportValidated> reports, Predicate<ReportValidated> which) {
		var chosen = counted(reports).stream().filter(which).toList();
		long hits = chosen.stream().filter(ReportValidated::infringement).count();
		assertThat(rate.get("reports").asLong()).isEqualTo(chosen.size());
		assertThat(rate.get("hits").asLong()).isEqualTo(hits);
		assertThat(rate.get("percent").asDouble()).isEqualTo(Double.parseDouble(percent(hits, chosen.size())));
	}

	private static String percent(long hits, long reports) {
		return String.valueOf(Math.round(hits * 1000.0 / reports) / 10.0);
	}

	private static List<String> tally(JsonNode tallies) {
		var list = new ArrayList<String>();
		tallies.forEach(t -> list.add(t.get("key").asText() + "=" + t.get("count").asLong()));
		return list;
	}

	private JsonNode overview(String user, String query) {
		var response = Api.as(port, user).get("/api/analytics/overview?" + query);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	private void waitFor(String user, int from, int to, String more, Predicate<JsonNode> done) throws Exception {
		for (int attempt = 0; attempt < 150; attempt++) {
			if (done.test(overview(user, "from=" + from + "&to=" + to + more))) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the aggregates did not catch up: " + overview(user, "from=" + from + "&to=" + to));
	}

	private void validate(ReportValidated report) {
		transactions.executeWithoutResult(status -> events.publishEvent(report));
	}

	private static ReportValidated report(OperationId operation, int phase, ReportType type, String administration,
			String riskArea, @Nullable String quantity, @Nullable String unit, int controlled, boolean infringement,
			Instant at) {
		return new ReportValidated(UUID.randomUUID(), operation, phase, type, at, administration, null, null, riskArea,
				null, null, quantity == null ? null : new BigDecimal(quantity), unit, null, null, controlled,
				infringement, at);
	}

	private static OperationPlan plan(String name, OperationType type, String organiser, String lead,
			Set<String> participants, Set<String> riskAreas, List<Phase> phases) {
		return new OperationPlan(name + "-" + System.nanoTime(), type, organiser, lead, participants, Set.of(),
				Competence.EXCLUSIVE_EU, PolicyDomain.CUSTOMS, "ocu@example.eu", null, riskAreas, Set.of("ROAD"),
				Set.of(), phases, "Analytics test objectives");
	}
}
