package eu.jcohub.analytics.web;

import eu.jcohub.analytics.AdministrationShare;
import eu.jcohub.analytics.Analytics;
import eu.jcohub.analytics.Overview;
import eu.jcohub.analytics.OverviewFilter;
import eu.jcohub.access.HandlingCode;
import eu.jcohub.shared.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Analytics", description = "The working party's overview: aggregates only, never a report; detail figures count only the operations the caller sees in detail")
class AnalyticsApi {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final Analytics analytics;
	private final Words words;

	AnalyticsApi(Analytics analytics, Words words) {
		this.analytics = analytics;
		this.words = words;
	}

	@GetMapping("/api/analytics/overview")
	@Operation(summary = "The overview of the operations starting in the years, filtered by organiser, type, risk area and member state",
			description = "from, to: years (default: the last five); type: an operation type; organiser, riskArea: codes; state: a country's ISO code")
	Overview overview(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String organiser,
			@RequestParam(required = false) @Nullable String type,
			@RequestParam(required = false) @Nullable String riskArea,
			@RequestParam(required = false) @Nullable String state) {
		return analytics.overview(filter(from, to, organiser, type, riskArea, state));
	}

	@GetMapping(path = "/api/analytics/overview/{chart}.csv", produces = "text/csv")
	@Operation(summary = "One chart's numbers of the overview as CSV, for the same filters")
	ResponseEntity<byte[]> chart(@PathVariable String chart, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String organiser,
			@RequestParam(required = false) @Nullable String type,
			@RequestParam(required = false) @Nullable String riskArea,
			@RequestParam(required = false) @Nullable String state) {
		analytics.requireRead();
		if (!Charts.OVERVIEW.contains(chart)) {
			throw new NotFound("Chart", chart);
		}
		var overview = analytics.overview(filter(from, to, organiser, type, riskArea, state));
		return csv(chart, Charts.one(overview, words, chart).orElseThrow());
	}

	@GetMapping(path = "/api/analytics/annual-report/{year}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "The year's overview as PDF, with its charts and tables, marked on every page",
			description = "the same filters as the overview, but one year")
	ResponseEntity<byte[]> annualPdf(@PathVariable String year, @RequestParam(required = false) @Nullable String organiser,
			@RequestParam(required = false) @Nullable String type,
			@RequestParam(required = false) @Nullable String riskArea,
			@RequestParam(required = false) @Nullable String state) {
		var report = annual(year, organiser, type, riskArea, state);
		var pdf = AnnualReportPdf.render(report, (page, pages) -> words.of("analytics.annual.page", page, pages));
		return download(pdf, MediaType.APPLICATION_PDF, "annual-report-" + report.year() + ".pdf");
	}

	@GetMapping(path = "/api/analytics/annual-report/{year}.xlsx", produces = XLSX)
	@Operation(summary = "The year's overview as a spreadsheet: one sheet per chart with its numbers",
			description = "the same filters as the overview, but one year")
	ResponseEntity<byte[]> annualXlsx(@PathVariable String year,
			@RequestParam(required = false) @Nullable String organiser,
			@RequestParam(required = false) @Nullable String type,
			@RequestParam(required = false) @Nullable String riskArea,
			@RequestParam(required = false) @Nullable String state) {
		var report = annual(year, organiser, type, riskArea, state);
		return download(AnnualReportXlsx.render(report, words.of("analytics.annual.contents")),
				MediaType.parseMediaType(XLSX), "annual-report-" + report.year() + ".xlsx");
	}

	private AnnualReport annual(String year, @Nullable String organiser, @Nullable String type,
			@Nullable String riskArea, @Nullable String state) {
		var filter = filter(year, year, organiser, type, riskArea, state);
		var overview = analytics.overview(filter);
		return new AnnualReport(filter.from(), words.of("analytics.annual.title", String.valueOf(filter.from())),
				words.of("analytics.annual.generated", analytics.today().toString()),
				words.of("analytics.scope", overview.operations(), overview.detailed()),
				HandlingCode.PARTICIPANTS.marking(), Charts.of(overview, words), words.of("analytics.chart.none"));
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
			.body(body);
	}

	@GetMapping("/api/analytics/open-data")
	@Operation(summary = "Open data for partner bodies: the overview's aggregates of the years, a line per number",
			description = "from, to: years (default: the last five). Aggregates only, never a report; the figures of an "
					+ "operation's details count only the operations the caller may open, as the overview counts them")
	OpenData openData(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to) {
		var overview = analytics.overview(filter(from, to, null, null, null, null));
		return new OpenData(overview.filter().from(), overview.filter().to(), overview.operations(),
				overview.detailed(), words.of("analytics.scope", overview.operations(), overview.detailed()),
				OpenData.linesOf(Charts.of(overview, words)));
	}

	@GetMapping(path = "/api/analytics/open-data.csv", produces = "text/csv")
	@Operation(summary = "The same open data as CSV: figure, of what, measure, value")
	ResponseEntity<byte[]> openDataCsv(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to) {
		var data = openData(from, to);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"analytics-open-data-" + data.from() + "-" + data.to() + ".csv\"")
			.body(data.csv(java.util.List.of(words.of("analytics.openData.figure"), words.of("analytics.openData.of"),
					words.of("analytics.openData.measure"), words.of("analytics.openData.value")))
				.getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping("/api/analytics/administrations/{code}")
	@Operation(summary = "What one administration led, joined, declined, reported and seized in the years, and the recommendations it owes")
	AdministrationShare administration(@PathVariable String code, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to) {
		return analytics.administration(code, filter(from, to, null, null, null, null));
	}

	private OverviewFilter filter(@Nullable String from, @Nullable String to, @Nullable String organiser,
			@Nullable String type, @Nullable String riskArea, @Nullable String state) {
		analytics.requireRead();
		return OverviewFilter.parse(from, to, organiser, type, riskArea, state, analytics.today());
	}

	static ResponseEntity<byte[]> csv(String name, Chart chart) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"analytics-" + name + ".csv\"")
			.body(chart.csv().getBytes(StandardCharsets.UTF_8));
	}
}
