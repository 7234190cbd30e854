package eu.jcohub.deconfliction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import eu.jcohub.deconfliction.internal.CheckLimits;
import eu.jcohub.deconfliction.internal.CheckRateLimit;
import eu.jcohub.access.Role;
import eu.jcohub.shared.TooManyRequests;
import eu.jcohub.support.Api;
import eu.jcohub.support.FormSession;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.Plans;
import eu.jcohub.support.TestAccounts;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Deconfliction warns without revealing: a check that meets an operation whose details the checker may not see
 * says that a conflict exists, how likely (from calendar entries alone), the dates in common and whom to call,
 * and nothing that changes with the operation's hidden details. The probes of the security review (a draft moved
 * from port to port, from mode to mode, to read a hidden operation's place and mode off the score) are kept here.
 */
@IntegrationTest
class WithheldConflictsTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CheckLimits limits;

	@Autowired
	CheckRateLimit rateLimit;

	String finn;
	String observer;

	@BeforeEach
	void accounts() {
		finn = accounts.coordinatorFi();
		observer = accounts.observerFrontex();
	}

	@Test
	void changingOnlyAHiddenDimensionOfADraftChangesNothingTheCheckerIsToldButWhetherAConflictExists() {
		var start = LocalDate.of(2037, 5, 4);
		var hidden = create(finn, plan("SWEEP " + UUID.randomUUID(), "FI-CUSTOMS", "FI", List.of("FI", "EE"),
				List.of("CIGARETTES"), List.of("MARITIME_RORO"), List.of("FIHEL"), start, start.plusDays(7)));

		var seen = new ArrayList<JsonNode>();
		var probes = List.of(List.of("MARITIME_RORO", "FIHEL"), List.of("AIR_CARGO", "FIHEL"),
				List.of("MARITIME_CONTAINER", "FIHEL"), List.of("MARITIME_RORO", "DKAAR"), List.of("AIR_CARGO", "PLGDN"));
		var listed = new ArrayList<Boolean>();
		for (var probe : probes) {
			var draft = plan("PROBE", "FRONTEX", "PL", List.of("PL"), List.of("CIGARETTES"), List.of(probe.get(0)),
					List.of(probe.get(1)), start, start.plusDays(7));
			var answer = Api.as(port, observer).post("/api/deconfliction/check", draft);
			assertThat(answer.status()).as(answer.body()).isEqualTo(200);
			var entry = entryFor(answer.json(), hidden);
			listed.add(entry != null);
			if (entry != null) {
				seen.add(entry);
			}
		}

		assertThat(listed).as("whether a conflict exists is the one thing a check cannot help telling")
			.containsExactly(true, true, true, false, false);
		assertThat(seen).as("what the checker is told does not change with the draft's mode").allSatisfy(
				entry -> assertThat(entry).isEqualTo(seen.get(0)));
		var told = seen.get(0);
		assertThat(told.get("detailsWithheld").asBoolean()).isTrue();
		assertThat(told.get("score").isNull()).as("no exact score").isTrue();
		assertThat(told.get("level").asString()).isIn("POSSIBLE", "LIKELY");
		assertThat(told.get("contactPoint").asString()).isEqualTo("ocu@example.eu");
		assertThat(told.get("reasons")).hasSize(2);
		assertThat(told.get("reasons").get(0).get("dimension").asString()).isEqualTo("DATES");
		assertThat(told.get("reasons").get(0).get("detail").asString()).contains("8 days in common");
		assertThat(told.get("reasons").get(1).get("detail").asString())
			.isEqualTo("It shares participants, goods, modes or places you may not see: contact the organiser.");
		assertThat(told.toString()).doesNotContainIgnoringCase("helsinki").doesNotContain("FIHEL")
			.doesNotContainIgnoringCase("ro-ro").doesNotContainIgnoringCase("maritime");
	}

	@Test
	void aParticipantIsStillToldEverything() {
		var start = LocalDate.of(2037, 7, 6);
		var operation = create(finn, plan("OPEN " + UUID.randomUUID(), "FI-CUSTOMS", "FI", List.of("FI"),
				List.of("ALCOHOL"), List.of("MARITIME_RORO"), List.of("FIHEL"), start, start.plusDays(5)));
		var draft = plan("OWN DRAFT", "FI-CUSTOMS", "FI", List.of("FI"), List.of("ALCOHOL"), List.of("MARITIME_RORO"),
				List.of("FIHEL"), start, start.plusDays(5));
		var entry = entryFor(Api.as(port, finn).post("/api/deconfliction/check", draft).json(), operation);
		assertThat(entry.get("detailsWithheld").asBoolean()).isFalse();
		assertThat(entry.get("score").asDouble()).as("6 days of 7 for a full date factor").isEqualTo(95.7);
		assertThat(entry.get("level").asString()).isEqualTo("LIKELY");
		assertThat(entry.toString()).contains("both at Helsingfors (Helsinki) (FIHEL)").contains("both control");
	}

	@Test
	void theOwnersHearOnceADayWhichOrganisationsCheckMetTheirOperationAndEveryCheckIsAudited() {
		var start = LocalDate.of(2037, 9, 7);
		var name = "MET " + UUID.randomUUID();
		var hidden = create(finn, plan(name, "FI-CUSTOMS", "FI", List.of("FI"), List.of("CIGARETTES"),
				List.of("MARITIME_RORO"), List.of("FIHEL"), start, start.plusDays(3)));
		var draft = plan("PROBE", "FRONTEX", "PL", List.of("PL"), List.of("CIGARETTES"), List.of("AIR_CARGO"),
				List.of("FIHEL"), start, start.plusDays(3));
		Api.as(port, observer).post("/api/deconfliction/check", draft);
		Api.as(port, observer).post("/api/deconfliction/check", draft);

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(notificationsAbout(finn, name))
			.containsExactly("A conflict check met " + name));
		var body = Api.as(port, finn).get("/api/notifications").body();
		assertThat(body).contains("Someone of European Border and Coast Guard Agency checked")
			.contains("expect their call");
		assertThat(notificationsAbout(observer, name)).as("the checker is told nothing beyond the answer").isEmpty();

		var checks = jdbc.sql("""
				select count(*) from audit_log where entity_type = 'conflict-check' and action = 'CHECKED'
				and actor = ? and after ->> 'withheld' = '1' and record_label = 'PROBE'""")
			.param(observer).query(Integer.class).single();
		assertThat(checks).as("both checks in the checker's trail").isGreaterThanOrEqualTo(2);
		var met = jdbc.sql("""
				select count(*) from audit_log where entity_type = 'conflict-check' and action = 'MET'
				and entity_id = ? and record_owner = 'FI-CUSTOMS' and after ->> 'checkedBy' = 'FRONTEX'""")
			.param(hidden).query(Integer.class).single();
		assertThat(met).as("each check in the owner's trail").isEqualTo(2);
	}

	@Test
	void aSavedOperationsConflictWithAHiddenOperationIsToldTheSameWayOnItsPageFormApiAndNotification() {
		var start = LocalDate.of(2037, 11, 2);
		var name = "HIDDEN " + UUID.randomUUID();
		var hidden = create(finn, plan(name, "FI-CUSTOMS", "FI", List.of("FI"), List.of("CIGARETTES"),
				List.of("MARITIME_RORO"), List.of("FIHEL"), start, start.plusDays(9)));
		var pt = accounts.coordinatorPt();
		var body = plan("PORTUGUESE PORT " + UUID.randomUUID(), "PT-CUSTOMS", "PT", List.of("PT"),
				List.of("CIGARETTES"), List.of("AIR_CARGO"), List.of("FIHEL"), start, start.plusDays(9));
		var own = create(pt, body);

		var api = entryFor(Api.as(port, pt).get("/api/operations/" + own + "/conflicts").json(), hidden);
		assertThat(api.get("detailsWithheld").asBoolean()).isTrue();
		assertThat(api.get("score").isNull()).isTrue();
		assertThat(api.toString()).doesNotContain("FIHEL").doesNotContainIgnoringCase("maritime");

		var session = FormSession.signedIn(port, pt);
		var page = session.get("/operations/" + own).body();
		var section = page.substring(page.indexOf("id=\"conflicts\""));
		assertThat(section).contains(name).contains("contact the organiser").contains("Contact: ocu@example.eu")
			.doesNotContain(" of 100").doesNotContainIgnoringCase("ro-ro").doesNotContain("both at");

		var form = new java.util.LinkedHashMap<String, List<String>>();
		form.put("name", List.of("PREVIEW"));
		form.put("type", List.of("NATIONAL"));
		form.put("organiser", List.of("PT-CUSTOMS"));
		form.put("leadCountry", List.of("PT"));
		form.put("competence", List.of("SHARED"));
		form.put("domain", List.of("CUSTOMS"));
		form.put("riskAreas", List.of("CIGARETTES"));
		form.put("transportModes", List.of("AIR_CARGO"));
		form.put("locations", List.of("FIHEL"));
		form.put("phase1Start", List.of(start.toString()));
		form.put("phase1End", List.of(start.plusDays(9).toString()));
		session.get("/operations/new");
		var preview = session.postFields("/operations/conflict-preview", form).body();
		assertThat(preview).contains(name);
		var hiddenLine = preview.substring(preview.indexOf(name));
		hiddenLine = hiddenLine.substring(0, hiddenLine.indexOf("</li>\n    </ol>") < 0 ? hiddenLine.length()
				: hiddenLine.indexOf("</li>\n    </ol>"));
		assertThat(hiddenLine).contains("contact the organiser").doesNotContain(" of 100").doesNotContainIgnoringCase("ro-ro");

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			var told = Api.as(port, pt).get("/api/notifications").json();
			var about = new ArrayList<String>();
			told.forEach(notification -> {
				if (notification.get("title").asString().contains(name)) {
					about.add(notification.get("title").asString() + " / " + notification.get("body").asString());
				}
			});
			assertThat(about).hasSize(1);
			assertThat(about.get(0)).containsPattern("(Likely|Possible) conflict").contains("contact the organiser")
				.contains("ocu@example.eu").doesNotContain("Score").doesNotContainIgnoringCase("ro-ro");
		});
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(Api.as(port, finn)
			.get("/api/notifications").body()).as("the other side, who may not see the Portuguese details either")
			.containsPattern("(Likely|Possible) conflict: " + name));
	}

	@Test
	void checksBeyondTheLimitOfAUserAreRefusedWithRetryAfterAndTheFormSaysHowLongToWait() {
		var hasty = accounts.ensure("t.hasty." + System.nanoTime(), "DE-CUSTOMS", Role.NATIONAL_COORDINATOR);
		for (int i = 0; i < limits.perMinute(); i++) {
			rateLimit.count(hasty);
		}
		var draft = Plans.json("HASTY", "DE-CUSTOMS", "DE", List.of("DE"), List.of("CASH"), List.of("AIR"),
				LocalDate.of(2038, 1, 1), LocalDate.of(2038, 1, 5));
		var refused = Api.as(port, hasty).post("/api/deconfliction/check", draft);
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.json().get("detail").asString()).startsWith("Too many conflict checks");
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(java.util.Objects.requireNonNull(retryAfter(hasty, draft))).isPositive();
		var other = accounts.coordinatorPt();
		assertThat(Api.as(port, other).post("/api/deconfliction/check", draft).status())
			.as("the limit is each user's own").isEqualTo(200);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> rateLimit.count(hasty))
			.isInstanceOf(TooManyRequests.class);
	}

	private Long retryAfter(String username, String draft) {
		try {
			var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
					+ "/api/deconfliction/check"))
				.header("Authorization", "Basic " + Api.basicCredentials(username, TestAccounts.PASSWORD))
				.header("Content-Type", "application/json")
				.POST(java.net.http.HttpRequest.BodyPublishers.ofString(draft))
				.build();
			var response = java.net.http.HttpClient.newHttpClient().send(request,
					java.net.http.HttpResponse.BodyHandlers.discarding());
			return response.headers().firstValue("Retry-After").map(Long::valueOf).orElse(null);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private List<String> notificationsAbout(String username, String name) {
		var titles = new ArrayList<String>();
		Api.as(port, username).get("/api/notifications").json().forEach(notification -> {
			var title = notification.get("title").asString();
			if (title.contains(name)) {
				titles.add(title);
			}
		});
		return titles;
	}

	private static JsonNode entryFor(JsonNode conflicts, String operationId) {
		for (var conflict : conflicts) {
			if (conflict.get("operationId").asString().equals(operationId)) {
				return conflict;
			}
		}
		return null;
	}

	private String create(String username, String body) {
		var response = Api.as(port, username).post("/api/operations", body);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asString();
	}

	static String plan(String name, String organiser, String lead, List<String> participants, List<String> risks,
			List<String> modes, List<String> locations, LocalDate start, LocalDate end) {
		var json = Plans.json(name, organiser, lead, participants, risks, modes, start, end);
		return json.replaceFirst("\\{", "{\"locations\":" + Plans.array(locations) + ",");
	}
}
