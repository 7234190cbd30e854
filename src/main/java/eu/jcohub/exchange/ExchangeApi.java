package eu.jcohub.exchange;

import eu.jcohub.access.AccessPolicy;
import eu.jcohub.accounts.ApiTokens;
import eu.jcohub.shared.web.PublicAddress;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Exchange", description = "Plans of other bodies in and out: CSV and iCalendar, the tabling list")
class ExchangeApi {

	static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);
	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
	static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final PlanImport imports;
	private final OperationRegister register;
	private final TablingLists tablingLists;
	private final PlanWords planWords;
	private final ApiTokens tokens;
	private final AccessPolicy access;
	private final Clock clock;
	private final PublicAddress publicAddress;

	ExchangeApi(PlanImport imports, OperationRegister register, TablingLists tablingLists, PlanWords planWords,
			ApiTokens tokens, AccessPolicy access, Clock clock, PublicAddress publicAddress) {
		this.publicAddress = publicAddress;
		this.imports = imports;
		this.register = register;
		this.tablingLists = tablingLists;
		this.planWords = planWords;
		this.tokens = tokens;
		this.access = access;
		this.clock = clock;
	}

	@PostMapping(path = "/api/operations/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import operations from a CSV or iCalendar file",
			description = "200 with the per-line report when saved; 422 with the report (problem property 'report', "
					+ "nothing saved) when a line is rejected and importValidPart is not true. 'organiser' (optional) is "
					+ "the organiser of every operation in the file; 'riskAreas' (optional) applies where the file "
					+ "names none.")
	ResponseEntity<?> importFile(@RequestParam("file") MultipartFile file, @RequestParam @Nullable String organiser,
			@RequestParam(defaultValue = "false") boolean importValidPart,
			@RequestParam @Nullable List<String> riskAreas) {
		var report = imports.importFile(fileName(file), bytes(file),
				new ImportOptions(organiser, riskAreas == null ? Set.of() : Set.copyOf(riskAreas), importValidPart));
		if (report.imported()) {
			return ResponseEntity.ok(report);
		}
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, report.rejected()
				+ " line(s) rejected; nothing was imported. Correct them, or import the valid part (importValidPart=true).");
		problem.setTitle(HttpStatus.UNPROCESSABLE_CONTENT.getReasonPhrase());
		problem.setProperty("report", report);
		return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@GetMapping("/api/operations/import-template.csv")
	@Operation(summary = "The CSV template for imports: the header and one example line")
	ResponseEntity<byte[]> template() throws IOException {
		var bytes = new ClassPathResource("exchange/operations-template.csv").getContentAsByteArray();
		return download(bytes, CSV, "operations-template.csv");
	}

	@GetMapping("/api/operations/export.csv")
	@Operation(summary = "The operations as CSV, in the import template's columns",
			description = "Filtered as GET /api/operations. The columns are the import format's, with its codes, so "
					+ "that the file can be imported again; those beyond the calendar entry stay empty where you may "
					+ "not see the details.")
	ResponseEntity<byte[]> exportCsv(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam @Nullable String organiser, @RequestParam @Nullable String country,
			@RequestParam @Nullable String riskArea, @RequestParam @Nullable OperationType type) {
		var operations = register.list(OperationsQuery.filter(from, to, organiser, country, riskArea, type));
		return download(CsvFormat.write(operations).getBytes(StandardCharsets.UTF_8), CSV, "operations.csv");
	}

	@GetMapping("/api/calendar.ics")
	@Operation(summary = "iCalendar feed of the operations you may see, one event per phase",
			description = "Calendar clients subscribe with ?token= (a personal feed token); others sign in as for any "
					+ "API call. Titles and descriptions are in words; the X-JCOHUB-* properties carry the codes that "
					+ "importing the file again needs.")
	ResponseEntity<byte[]> feed(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam @Nullable String organiser, @RequestParam @Nullable String country,
			@RequestParam @Nullable String riskArea, @RequestParam @Nullable OperationType type, Locale locale) {
		var operations = register.list(OperationsQuery.filter(from, to, organiser, country, riskArea, type));
		var body = IcsFormat.write(operations, clock.instant(), planWords.in(locale)).getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok().contentType(CALENDAR)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("jcohub.ics").build().toString())
			.body(body);
	}

	@PostMapping("/api/me/feed-token")
	@Operation(summary = "A personal calendar feed URL (valid one year) to subscribe to in a calendar client")
	Map<String, String> feedToken() {
		return Map.of("url", FeedUrl.issue(tokens, publicAddress, access.currentUser().username()));
	}

	@GetMapping("/api/tabling-list.pdf")
	@Operation(summary = "The tabling list for the Coordination Mechanism as PDF",
			description = "All operations of the semester (YYYY-1 = January–June, YYYY-2 = July–December; default the "
					+ "coming one), by organiser, with the handling marking on every page.")
	ResponseEntity<byte[]> tablingListPdf(@RequestParam @Nullable String semester, Locale locale) {
		var list = tablingLists.of(semester(semester), locale);
		return download(TablingListPdf.render(list), MediaType.APPLICATION_PDF, list.fileName("pdf"));
	}

	@GetMapping("/api/tabling-list.xlsx")
	@Operation(summary = "The tabling list for the Coordination Mechanism as a spreadsheet",
			description = "The PDF's table, one row per operation, with the first and last day as dates, a filter on "
					+ "the header row and the header frozen.")
	ResponseEntity<byte[]> tablingListXlsx(@RequestParam @Nullable String semester, Locale locale) {
		var list = tablingLists.of(semester(semester), locale);
		return download(TablingListXlsx.render(list), XLSX, list.fileName("xlsx"));
	}

	private Semester semester(@Nullable String semester) {
		return semester == null || semester.isBlank() ? Semester.coming(LocalDate.now(clock)) : Semester.parse(semester);
	}

	static ResponseEntity<byte[]> download(byte[] bytes, MediaType type, String fileName) {
		return ResponseEntity.ok().contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.body(bytes);
	}

	static String fileName(MultipartFile file) {
		var name = file.getOriginalFilename();
		return name == null || name.isBlank() ? "upload" : name.replaceAll("[\\r\\n]", "");
	}

	static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The personal feed URL, on JCO Hub's public address (never the address the request claims). */
	static final class FeedUrl {

		private FeedUrl() {
		}

		static String issue(ApiTokens tokens, PublicAddress address, String username) {
			var token = tokens.issue(username, ApiTokens.Purpose.CALENDAR_FEED, "calendar feed", Duration.ofDays(365));
			return address.link("/api/calendar.ics?token=" + token);
		}
	}
}
