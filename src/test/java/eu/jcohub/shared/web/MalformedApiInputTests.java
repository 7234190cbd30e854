package eu.jcohub.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.support.Api;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.Plans;
import eu.jcohub.support.RawHttp;
import eu.jcohub.support.TestAccounts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Every operation of the API, as its OpenAPI description lists them (so a new endpoint is covered without
 * editing this test), sent malformed ids, query values and bodies: each answer is a 4xx problem detail that
 * says in words what is wrong, names the field at fault, and gives away nothing of the code behind it.
 */
@IntegrationTest
class MalformedApiInputTests {

	/** Names of the code behind the API that an answer must never show. */
	private static final Pattern INTERNALS = Pattern.compile("java\\.|javax\\.|jakarta\\.|org\\.springframework|"
			+ "org\\.apache|org\\.postgresql|tools\\.jackson|com\\.fasterxml|eu\\.jcohub|Exception|\\.java:|\\bat [a-z]+\\.|"
			+ "Failed to convert|Required request body is missing|Cannot deserialize|JSON parse error|StreamRead|"
			+ "\\$[A-Z]|<[A-Za-z.]+[<>]|\\b(String|Integer|Long|Double|Boolean|LocalDate|LocalDateTime|Instant|BigDecimal|"
			+ "BigInteger|UUID|ArrayList|HashSet|LinkedHashSet|Optional|MultipartFile|ResponseEntity|Resolution|"
			+ "PersonalDataCategory)\\b|\\b[A-Z][a-z]+[A-Z][A-Za-z]*(Request|Resource|Api|Kind|View|Form)\\b");
	private static final JsonMapper json = JsonMapper.builder().build();
	private static final JsonNodeFactory nodes = JsonNodeFactory.instance;

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	private String operation;
	private String other;
	private String seizure;
	private List<String> callers;

	@BeforeEach
	void operationsAndAReport() {
		var leader = accounts.leaderDk();
		var api = Api.as(port, leader);
		var start = LocalDate.of(2024, 5, 1);
		operation = api.post("/api/operations", Plans.json("FUZZ A " + System.nanoTime(), "DK-CUSTOMS", "DK",
				List.of("FI"), List.of("CIGARETTES"), List.of("ROAD"), start, start.plusDays(19))).json().get("id").asString();
		other = api.post("/api/operations", Plans.json("FUZZ B " + System.nanoTime(), "DK-CUSTOMS", "DK", List.of("FI"),
				List.of("CIGARETTES"), List.of("ROAD"), start, start.plusDays(10))).json().get("id").asString();
		var report = api.post("/api/operations/" + operation + "/seizures", """
				{"seizedOn":"2024-05-05","place":"Padborg","goodsCategory":"CIGARETTES","description":"cartons",
				 "handlingCode":"PARTICIPANTS"}""");
		assertThat(report.status()).as(report.body()).isEqualTo(201);
		seizure = report.json().get("id").asString();
		// Each request goes to the first of these whom the access policy lets through: the organiser's leader,
		// the coordination secretariat, an administrator, with tokens, as a password check per request is slow;
		// then the leader with a password, for what only the person may do (issue tokens).
		callers = List.of("Bearer " + accounts.apiToken(leader), "Bearer " + accounts.apiToken(accounts.secretariat()),
				"Bearer " + accounts.apiToken(accounts.admin("t.fuzz.admin")),
				"Basic " + Api.basicCredentials(leader, TestAccounts.PASSWORD));
	}

	@Test
	void everyOperationRefusesMalformedInputWithAProblemDetailInWords() {
		var http = new RawHttp(port);
		var problems = new ArrayList<String>();
		int sent = 0;
		int serverErrors = 0;
		for (var attempt : requests().malformed()) {
			RawHttp.Response response = null;
			for (var token : callers) {
				response = http.send(attempt.method(), attempt.target(), token, attempt.contentType(),
						attempt.body());
				sent++;
				if (response.status() != 403) {
					break;
				}
			}
			if (response.status() >= 500) {
				serverErrors++;
			}
			problems.addAll(problemsWith(attempt, response));
		}
		System.out.println("API fuzz: " + sent + " requests, " + serverErrors + " server errors");
		assertThat(sent).isGreaterThan(500);
		assertThat(problems).isEmpty();
	}

	@Test
	void everyOperationAsksAnAnonymousCallerToSignIn() {
		var http = new RawHttp(port);
		var problems = new ArrayList<String>();
		for (var attempt : requests().wellFormed()) {
			var response = http.send(attempt.method(), attempt.target(), (String) null, attempt.contentType(), attempt.body());
			if (response.status() != 401) {
				problems.add(attempt + ": HTTP " + response.status() + " instead of 401");
			}
			problems.addAll(problemsWith(attempt, response));
		}
		assertThat(problems).isEmpty();
	}

	private MalformedRequests requests() {
		var description = Api.as(port, accounts.leaderDk()).get("/v3/api-docs").json();
		return new MalformedRequests(description, this::validPathValue, Map.ofEntries(
				Map.entry("organiser", nodes.stringNode("DK-CUSTOMS")),
				Map.entry("leadCountry", nodes.stringNode("DK")),
				Map.entry("participants", nodes.arrayNode().add("FI")),
				Map.entry("partnerOrganisations", nodes.arrayNode().add("FRONTEX")),
				Map.entry("riskAreas", nodes.arrayNode().add("CIGARETTES")),
				Map.entry("transportModes", nodes.arrayNode().add("ROAD")),
				Map.entry("locations", nodes.arrayNode().add("FIHEL")),
				Map.entry("locationCode", nodes.stringNode("FIHEL")),
				Map.entry("goodsCategory", nodes.stringNode("CIGARETTES")),
				Map.entry("handlingCode", nodes.stringNode("PARTICIPANTS")),
				Map.entry("namedOrganisations", nodes.arrayNode().add("FI-CUSTOMS")),
				Map.entry("organisation", nodes.stringNode("DK-CUSTOMS")),
				Map.entry("scopes", nodes.arrayNode().add("READ")),
				// The version the records were made with: none of these requests saves anything, so it stays the
				// one standing (a missing version is refused, and a stale one, before the field at fault is read).
				Map.entry("version", nodes.numberNode(0))));
	}

	private String validPathValue(String path, JsonNode parameter) {
		var schema = parameter.path("schema");
		if (schema.has("enum")) {
			return schema.get("enum").get(0).asString();
		}
		return switch (parameter.get("name").asString()) {
			case "other" -> other;
			case "kind" -> "countries";
			default -> path.startsWith("/api/seizures/") ? seizure
					: schema.path("type").asString("").equals("integer") ? "1" : operation;
		};
	}

	private static List<String> problemsWith(MalformedRequests.Attempt attempt, RawHttp.Response response) {
		var problems = new ArrayList<String>();
		var body = response.body();
		if (response.status() < 400 || response.status() >= 500) {
			problems.add(attempt + ": HTTP " + response.status() + " " + abbreviated(body));
			return problems;
		}
		if (!response.contentType().startsWith("application/problem+json")) {
			problems.add(attempt + ": answered " + response.contentType() + " " + abbreviated(body));
			return problems;
		}
		JsonNode problem;
		try {
			problem = json.readTree(body);
		}
		catch (RuntimeException unreadable) {
			problems.add(attempt + ": problem detail is not JSON: " + abbreviated(body));
			return problems;
		}
		if (problem.path("title").asString("").isBlank() || problem.path("detail").asString("").isBlank()
				|| problem.path("status").asInt() != response.status()) {
			problems.add(attempt + ": incomplete problem detail " + abbreviated(body));
		}
		var internals = INTERNALS.matcher(body);
		if (internals.find()) {
			problems.add(attempt + ": names '" + internals.group() + "': " + abbreviated(body));
		}
		var words = problem.path("detail").asString("") + " " + problem.path("errors");
		if (attempt.field() != null && response.status() != 404 && response.status() != 401
				&& !Pattern.compile("(?<![\\w\\[.])" + Pattern.quote(attempt.field()) + "(?!\\w)").matcher(words).find()) {
			problems.add(attempt + ": does not name " + attempt.field() + ": " + abbreviated(body));
		}
		return problems;
	}

	private static String abbreviated(String text) {
		return text.length() > 400 ? text.substring(0, 400) + "…" : text;
	}
}
