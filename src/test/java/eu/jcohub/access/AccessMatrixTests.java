package eu.jcohub.access;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.support.Api;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.TestAccounts;
import eu.jcohub.support.matrix.MatrixPart;
import eu.jcohub.support.matrix.MatrixRequest;
import eu.jcohub.support.matrix.MatrixScenario;
import eu.jcohub.support.matrix.ModuleParts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks the access matrix: every module declares its rows in {@code src/main/resources/access-matrix/<module>.md}
 * and its requests and records in a {@link MatrixPart} of its own tests. Every endpoint of the application must
 * have a row, and every row must answer each column's user as the matrix says. The test also writes the matrix,
 * module by module, into docs/access-matrix.md. A new module adds its rows and its part; nothing here changes.
 */
@IntegrationTest
class AccessMatrixTests {

	private static final Path DOCUMENT = Path.of("docs/access-matrix.md");
	private static final String START = "<!-- access-matrix:start (written by AccessMatrixTests) -->";
	private static final String END = "<!-- access-matrix:end -->";
	/** Signing out everywhere ends the caller's sessions: its row is called after all others. */
	private static final String ENDS_SESSIONS = "POST /account/sign-out-everywhere";
	private static final List<MatrixPart> PARTS = ModuleParts.of(MatrixPart.class, MatrixPart::order);

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ApplicationContext context;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private static @Nullable MatrixScenario scenario;

	@BeforeEach
	void scenario() {
		if (scenario == null) {
			var prepared = new MatrixScenario(context, accounts);
			PARTS.forEach(part -> part.prepare(prepared));
			scenario = prepared;
		}
	}

	@Test
	void everyEndpointHasARule() {
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
		assertThat(inMatrix).as("endpoints without a rule in src/main/resources/access-matrix/").containsAll(inApplication);
		assertThat(inApplication).as("rules for endpoints that no longer exist").containsAll(inMatrix);
	}

	@Test
	void everyModuleFindsItsPartAndItsRows() {
		assertThat(PARTS).hasSizeGreaterThanOrEqualTo(7);
		assertThat(fragments().keySet()).contains("operations", "seizures", "protection", "accounts", "exchange");
	}

	@Test
	void everyRoleGetsWhatTheMatrixSays() throws Exception {
		var columns = header();
		var mismatches = new ArrayList<String>();
		var callers = new LinkedHashMap<String, Caller>();
		for (int c = 2; c < columns.size(); c++) {
			var column = columns.get(c);
			callers.put(column, new Caller(column.equals("anonymous") ? null : MatrixScenario.USERS.get(column)[0]));
		}
		var rows = new ArrayList<>(rows());
		rows.sort(Comparator.comparing(row -> (row.get(0) + " " + row.get(1)).equals(ENDS_SESSIONS)));
		for (var row : rows) {
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
		assertThat(mismatches).as("answers that differ from the access matrix").isEmpty();
	}

	@Test
	void writesTheMatrixIntoTheDocumentation() throws IOException {
		var sections = new StringBuilder();
		fragments().forEach((module, text) -> sections.append("\n").append(text.strip().replaceFirst("^# ", "### "))
			.append("\n"));
		var document = Files.readString(DOCUMENT);
		assertThat(document).contains(START).contains(END);
		Files.writeString(DOCUMENT, document.substring(0, document.indexOf(START) + START.length()) + "\n" + sections
				+ "\n" + document.substring(document.indexOf(END)));
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
			return response.body().contains(MatrixScenario.SECRET) ? "details" : "entry";
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
				boolean admin = username.equals(MatrixScenario.USERS.get("admin")[0]);
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
			var spec = requestFor(method, pattern, username);
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

	/** The request some module's part defines for the row, or a plain GET of its path. */
	private MatrixRequest requestFor(String method, String pattern, @Nullable String username) {
		for (var part : PARTS) {
			var request = part.request(method, pattern, scenario, username);
			if (request.isPresent()) {
				return request.get();
			}
		}
		if (!method.equals("GET") && !method.equals("ANY")) {
			throw new IllegalStateException("No request is defined for " + method + " " + pattern
					+ ": the module's MatrixPart must define one");
		}
		return MatrixRequest.get(pattern);
	}

	private List<String> header() {
		return cells(tableLines(fragments().values().iterator().next()).get(0));
	}

	/** Every module's rows, module by module. */
	private static List<List<String>> rows() {
		var rows = new ArrayList<List<String>>();
		fragments().values().forEach(text -> tableLines(text).stream().skip(2).map(AccessMatrixTests::cells)
			.forEach(rows::add));
		return rows;
	}

	/** Module name → its matrix section, as packed into the application. */
	static LinkedHashMap<String, String> fragments() {
		try {
			var fragments = new LinkedHashMap<String, String>();
			var resources = new PathMatchingResourcePatternResolver().getResources("classpath*:access-matrix/*.md");
			java.util.Arrays.stream(resources)
				.sorted(Comparator.comparing(resource -> String.valueOf(resource.getFilename())))
				.forEach(resource -> {
					try (var in = resource.getInputStream()) {
						var name = String.valueOf(resource.getFilename()).replace(".md", "");
						fragments.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
					}
					catch (IOException e) {
						throw new UncheckedIOException(e);
					}
				});
			return fragments;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static List<String> tableLines(String text) {
		return text.lines().filter(line -> line.startsWith("|")).toList();
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
}
