package eu.jcohub.access;

import eu.jcohub.accounts.ApiTokens;
import eu.jcohub.accounts.TokenRequest;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.operations.Competence;
import eu.jcohub.operations.OperationPlan;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationType;
import eu.jcohub.operations.Phase;
import eu.jcohub.operations.PolicyDomain;
import eu.jcohub.seizures.SeizureDraft;
import eu.jcohub.seizures.SeizureReports;
import eu.jcohub.seizures.Subject;
import eu.jcohub.support.Api;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.TestAccounts;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks docs/access-matrix.md: every endpoint of the application must have a row, and every row must answer
 * each column's user as the matrix says.
 */
@IntegrationTest
class AccessMatrixTests {

	private static final Path MATRIX = Path.of("docs/access-matrix.md");
	private static final String SECRET = "MATRIX-SECRET-7731";
	private static final Map<String, String[]> USERS = new LinkedHashMap<>();
	static {
		USERS.put("secretariat", new String[] { "m.secretariat", "CCWP", "SECRETARIAT" });
		USERS.put("leader", new String[] { "m.leader", "DK-CUSTOMS", "OPERATION_LEADER" });
		USERS.put("participant", new String[] { "m.participant", "FI-CUSTOMS", "NATIONAL_COORDINATOR" });
		USERS.put("outsider", new String[] { "m.outsider", "PT-CUSTOMS", "NATIONAL_COORDINATOR" });
		USERS.put("officer", new String[] { "m.officer", "FI-CUSTOMS", "FIELD_OFFICER" });
		USERS.put("observer", new String[] { "m.observer", "FRONTEX", "PARTNER_OBSERVER" });
		USERS.put("admin", new String[] { "m.admin", "JCOHUB", "ADMIN" });
	}

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	OperationRegister register;

	@Autowired
	ApiTokens tokens;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private final AtomicInteger counter = new AtomicInteger();
	private UUID s;
	private UUID s2;
	private UUID p;
	private UUID r;

	@Autowired
	SeizureReports seizures;

	@BeforeEach
	void scenario() {
		USERS.values().forEach(u -> accounts.ensure(u[0], u[1], Role.valueOf(u[2])));
		accounts.admin("m.admin");
		if (s == null) {
			s = accounts.as("m.leader", () -> register.table(plan("M-S", SECRET)).id());
			s2 = accounts.as("m.leader", () -> register.table(plan("M-S2", null)).id());
			p = accounts.as("m.leader", () -> register.table(new OperationPlan("M-P", OperationType.JCO_REGIONAL,
					"DK-CUSTOMS", "DK", Set.of("FI"), Set.of(), Competence.EXCLUSIVE_EU, PolicyDomain.CUSTOMS, null, null,
					Set.of("CIGARETTES"), Set.of("ROAD"), Set.of(),
					List.of(new Phase(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 10))), null)).id());
			r = accounts.as("m.leader", () -> seizures.report(p, new SeizureDraft(LocalDate.of(2025, 3, 5), "DKAAR", null,
					"CIGARETTES", "cigarettes", null, null, null, HandlingCode.PARTICIPANTS, Set.of(),
					new Subject(SECRET, null, null, null, null))).id());
		}
	}

	@Test
	void everyEndpointHasARule() throws Exception {
		var inApplication = new TreeSet<String>();
		mappings.getHandlerMethods().keySet().forEach(info -> {
			var methods = info.getMethodsCondition().getMethods();
			for (var path : info.getPathPatternsCondition().getPatternValues()) {
				if (methods.isEmpty()) {
					inApplication.add("ANY " + path);
				}
				methods.forEach(method -> inApplication.add(method.name() + " " + path));
			}
		});
		var inMatrix = new TreeSet<>(rows().stream().map(row -> row.get(0) + " " + row.get(1)).toList());
		assertThat(inMatrix).as("endpoints without a rule in " + MATRIX).containsAll(inApplication);
		assertThat(inApplication).as("rules in " + MATRIX + " for endpoints that no longer exist").containsAll(inMatrix);
	}

	@Test
	void everyRoleGetsWhatTheMatrixSays() throws Exception {
		var columns = header();
		var mismatches = new ArrayList<String>();
		var callers = new LinkedHashMap<String, Caller>();
		for (int c = 2; c < columns.size(); c++) {
			var column = columns.get(c);
			callers.put(column, new Caller(column.equals("anonymous") ? null : USERS.get(column)[0]));
		}
		for (var row : rows()) {
			for (int c = 2; c < columns.size(); c++) {
				var expected = row.get(c);
				var caller = callers.get(columns.get(c));
				var response = caller.call(row.get(0), row.get(1));
				var verdict = verdict(response, row.get(1));
				if (!verdict.equals(expected)) {
					mismatches.add(row.get(0) + " " + row.get(1) + " as " + columns.get(c) + ": expected " + expected
							+ ", got " + verdict + " (HTTP " + response.statusCode() + ")");
				}
			}
		}
		assertThat(mismatches).as("answers that differ from " + MATRIX).isEmpty();
	}

	private String verdict(HttpResponse<String> response, String path) {
		int status = response.statusCode();
		var location = response.headers().firstValue("Location").orElse("");
		// Signing out everywhere ends on the sign-in page too, saying so; that is the row's success, not a refusal.
		boolean toSignIn = location.contains("/login") && !location.contains("signedOutEverywhere");
		if (status == 401 || status == 403 || (status == 302 && toSignIn)) {
			return "no";
		}
		if (status >= 500 && !path.equals("/error")) {
			return "server error";
		}
		if (path.endsWith("/{id}") && response.request().method().equals("GET")) {
			return response.body().contains(SECRET) ? "details" : "entry";
		}
		return "yes";
	}

	/**
	 * One user's HTTP client: Basic for the API, a signed-in session (with its CSRF token) for pages. The
	 * administrator, who must have a second factor, signs in with a code and uses a personal API token instead.
	 */
	private final class Caller {

		private final @Nullable String username;
		private final HttpClient session;
		private @Nullable String apiAuthorization;
		private String csrfHeader = "X-CSRF-TOKEN";
		private String csrfToken = "";

		Caller(@Nullable String username) throws Exception {
			this.username = username;
			this.session = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
			if (username != null) {
				boolean admin = username.equals(USERS.get("admin")[0]);
				apiAuthorization = admin ? "Bearer " + accounts.apiToken(username)
						: "Basic " + Api.basicCredentials(username, TestAccounts.PASSWORD);
				var code = admin ? "&code=" + accounts.totpCode(username) : "";
				var login = session.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString());
				var token = find(login.body(), "name=\"_csrf\" value=\"([^\"]+)\"");
				session.send(HttpRequest.newBuilder(uri("/login"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password="
							+ TestAccounts.PASSWORD + code + "&_csrf=" + token))
					.build(), HttpResponse.BodyHandlers.discarding());
				var page = session.send(HttpRequest.newBuilder(uri("/calendar")).build(), HttpResponse.BodyHandlers.ofString());
				csrfToken = find(page.body(), "name=\"_csrf\" content=\"([^\"]+)\"");
				csrfHeader = find(page.body(), "name=\"_csrf_header\" content=\"([^\"]+)\"");
			}
		}

		HttpResponse<String> call(String method, String pattern) throws Exception {
			var spec = request(method, pattern, username);
			var request = HttpRequest.newBuilder(uri(spec.path()));
			var api = pattern.startsWith("/api/");
			if (api && apiAuthorization != null) {
				request.header("Authorization", apiAuthorization);
			}
			if (!api && !method.equals("GET") && !method.equals("ANY")) {
				request.header(csrfHeader, csrfToken);
			}
			if (spec.contentType() != null) {
				request.header("Content-Type", spec.contentType());
			}
			var body = spec.body() == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofByteArray(spec.body());
			request.method(method.equals("ANY") ? "GET" : method, body);
			var client = api ? HttpClient.newHttpClient() : session;
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
	}

	private record Spec(String path, @Nullable String contentType, byte @Nullable [] body) {

		static Spec get(String path) {
			return new Spec(path, null, null);
		}

		static Spec json(String path, String json) {
			return new Spec(path, "application/json", json.getBytes(StandardCharsets.UTF_8));
		}

		static Spec form(String path, String form) {
			return new Spec(path, "application/x-www-form-urlencoded", form.getBytes(StandardCharsets.UTF_8));
		}

		static Spec csv(String path) {
			var boundary = "matrix-boundary";
			var out = new ByteArrayOutputStream();
			var text = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"plans.csv\"\r\n"
					+ "Content-Type: text/csv\r\n\r\nname,type,organiser,leadCountry,participants,competence,domain,riskAreas,"
					+ "phase1Start,phase1End\r\nM-IMPORTED,JCO_REGIONAL,DK-CUSTOMS,DK,FI,SHARED,CUSTOMS,CASH,2062-01-01,"
					+ "2062-01-05\r\n--" + boundary + "--\r\n";
			out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
			return new Spec(path, "multipart/form-data; boundary=" + boundary, out.toByteArray());
		}
	}

	/** A concrete request for each row: the scenario's ids in the path, a valid body where one is needed. */
	private Spec request(String method, String pattern, @Nullable String username) {
		int n = counter.incrementAndGet();
		var newOperation = """
				{"name":"M-NEW-%d","type":"JCO_REGIONAL","organiser":"DK-CUSTOMS","leadCountry":"DK","participants":["FI"],
				 "competence":"EXCLUSIVE_EU","domain":"CUSTOMS","riskAreas":["CASH"],"transportModes":["AIR"],
				 "phases":[{"start":"2063-01-01","end":"2063-01-05"}]}""".formatted(n);
		var sameAsS = """
				{"name":"M-S","type":"JCO_REGIONAL","organiser":"DK-CUSTOMS","leadCountry":"DK","participants":["FI"],
				 "competence":"EXCLUSIVE_EU","domain":"CUSTOMS","riskAreas":["CIGARETTES"],"transportModes":["ROAD"],
				 "phases":[{"start":"2061-03-01","end":"2061-03-10"}],"objectives":"%s"}""".formatted(SECRET);
		var form = "name=M-FORM-" + n + "&type=JCO_REGIONAL&organiser=DK-CUSTOMS&leadCountry=DK&participants=FI"
				+ "&competence=EXCLUSIVE_EU&domain=CUSTOMS&riskAreas=CASH&transportModes=AIR&phase1Start=2064-01-01"
				+ "&phase1End=2064-01-05";
		var formForS = "name=M-S&type=JCO_REGIONAL&organiser=DK-CUSTOMS&leadCountry=DK&participants=FI"
				+ "&competence=EXCLUSIVE_EU&domain=CUSTOMS&riskAreas=CIGARETTES&transportModes=ROAD"
				+ "&phase1Start=2061-03-01&phase1End=2061-03-10&objectives=" + URLEncoder.encode(SECRET, StandardCharsets.UTF_8);
		var resolution = "/operations/" + s + "/conflicts/" + s2 + "/resolution";
		var seizure = """
				{"seizedOn":"2025-03-05","locationCode":"DKAAR","goodsCategory":"CIGARETTES","description":"cigarettes",
				 "handlingCode":"PARTICIPANTS","personName":"x"}""";
		var seizureForm = "seizedOn=2025-03-05&locationCode=DKAAR&goodsCategory=CIGARETTES&description=cigarettes"
				+ "&handlingCode=PARTICIPANTS&personName=x";
		return switch (method + " " + pattern) {
			case "GET /api/reference/{kind}" -> Spec.get("/api/reference/countries");
			case "POST /api/operations" -> Spec.json("/api/operations", newOperation);
			case "GET /api/operations/{id}", "GET /operations/{id}" -> Spec.get(pattern.replace("{id}", s.toString()));
			case "PUT /api/operations/{id}" -> Spec.json("/api/operations/" + s, sameAsS);
			case "GET /api/operations/{id}/conflicts" -> Spec.get("/api/operations/" + s + "/conflicts");
			case "POST /api/operations/{id}/conflicts/{other}/resolution" ->
				Spec.json("/api" + resolution, "{\"kind\":\"RUN_JOINTLY\",\"note\":\"agreed in the matrix test\"}");
			case "POST /api/deconfliction/check" -> Spec.json("/api/deconfliction/check", newOperation);
			case "POST /api/operations/import" -> Spec.csv("/api/operations/import");
			case "GET /api/tabling-list.pdf", "GET /api/tabling-list.xlsx" -> Spec.get(pattern + "?semester=2061-1");
			case "POST /api/me/feed-token", "POST /exchange/feed-token", "POST /notifications/read" ->
				Spec.form(pattern, "");
			// Wrong current password and wrong codes: the answer shows the errors, nothing changes for the next rows.
			case "POST /account/password" -> Spec.form(pattern, "current=wrong&password=x&repeat=y");
			case "POST /account/two-factor", "POST /account/two-factor/disable" -> Spec.form(pattern, "code=000000");
			case "POST /account/sign-out-everywhere" -> Spec.form(pattern, "");
			case "GET /calendar/events" -> Spec.get("/calendar/events?start=2061-01-01&end=2061-12-31");
			case "POST /operations" -> Spec.form("/operations", form);
			case "POST /operations/conflict-preview" -> Spec.form(pattern, form);
			case "POST /operations/{id}" -> Spec.form("/operations/" + s, formForS);
			case "GET /operations/{id}/edit" -> Spec.get("/operations/" + s + "/edit");
			case "POST /operations/{id}/conflicts/{other}/resolution" ->
				Spec.form(resolution, "kind=RUN_JOINTLY&note=agreed");
			case "POST /exchange/import" -> Spec.csv("/exchange/import");
			case "GET /api/operations/{id}/seizures", "GET /operations/{id}/seizures", "GET /operations/{id}/seizures/new" ->
				Spec.get(pattern.replace("{id}", p.toString()));
			case "POST /api/operations/{id}/seizures" -> Spec.json("/api/operations/" + p + "/seizures", seizure);
			case "POST /operations/{id}/seizures" -> Spec.form("/operations/" + p + "/seizures", seizureForm);
			case "GET /api/seizures/{id}", "GET /seizures/{id}", "GET /seizures/{id}/edit", "GET /api/seizures/{id}/report.pdf" ->
				Spec.get(pattern.replace("{id}", r.toString()));
			case "PUT /api/seizures/{id}" -> Spec.json("/api/seizures/" + r, seizure.replace("\"x\"", "\"" + SECRET + "\""));
			case "POST /seizures/{id}" -> Spec.form("/seizures/" + r, seizureForm.replace("personName=x", "personName=" + SECRET));
			case "PUT /api/retention-rules/{category}" -> Spec.json("/api/retention-rules/PERSON",
					"{\"years\":5,\"organisation\":\"FI-CUSTOMS\"}");
			case "POST /api/retention/run", "POST /data-protection/retention/run" -> Spec.form(pattern, "");
			case "POST /data-protection/retention" -> Spec.form(pattern, "organisation=FI-CUSTOMS&category=PERSON&years=5");
			case "GET /api/subject-access" -> Spec.get("/api/subject-access?name=nobody");
			case "POST /api/me/tokens" -> Spec.json(pattern, "{\"name\":\"matrix\",\"scopes\":[\"READ\"],\"validityDays\":1}");
			case "POST /account/tokens" -> Spec.form(pattern, "name=matrix&scope=READ&validityDays=1");
			case "DELETE /api/me/tokens/{id}", "POST /account/tokens/{id}/revoke" ->
				Spec.form(pattern.replace("{id}", String.valueOf(ownToken(username))), "");
			default -> {
				if (!method.equals("GET") && !method.equals("ANY")) {
					throw new IllegalStateException("No request is defined for " + method + " " + pattern
							+ ": add one to AccessMatrixTests");
				}
				yield Spec.get(pattern);
			}
		};
	}

	/** A token of the caller's own to revoke (nobody signed in: any id). */
	private long ownToken(@Nullable String username) {
		if (username == null) {
			return 1;
		}
		return tokens.issue(username, TokenRequest.of("matrix", List.of("READ"), 1)).summary().id();
	}

	private List<String> header() throws Exception {
		return cells(table().get(0));
	}

	private List<List<String>> rows() throws Exception {
		return table().stream().skip(2).map(AccessMatrixTests::cells).toList();
	}

	private static List<String> table() throws Exception {
		var text = Files.readString(MATRIX);
		var inside = text.substring(text.indexOf("<!-- access-matrix:start -->"), text.indexOf("<!-- access-matrix:end -->"));
		return inside.lines().filter(line -> line.startsWith("|")).toList();
	}

	private static List<String> cells(String line) {
		var parts = line.substring(1, line.length() - 1).split("\\|");
		return java.util.Arrays.stream(parts).map(String::strip).toList();
	}

	private static String find(String text, String regex) {
		var matcher = Pattern.compile(regex).matcher(text);
		return matcher.find() ? matcher.group(1) : "";
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static OperationPlan plan(String name, @Nullable String objectives) {
		return new OperationPlan(name, OperationType.JCO_REGIONAL, "DK-CUSTOMS", "DK", Set.of("FI"), Set.of(),
				Competence.EXCLUSIVE_EU, PolicyDomain.CUSTOMS, null, null, Set.of("CIGARETTES"), Set.of("ROAD"), Set.of(),
				List.of(new Phase(LocalDate.of(2061, 3, 1), LocalDate.of(2061, 3, 10))), objectives);
	}
}
