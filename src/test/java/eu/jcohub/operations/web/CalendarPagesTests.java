package eu.jcohub.operations.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.access.Role;
import eu.jcohub.operations.Competence;
import eu.jcohub.operations.OperationFilter;
import eu.jcohub.operations.OperationPlan;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationType;
import eu.jcohub.operations.OperationView;
import eu.jcohub.operations.Phase;
import eu.jcohub.operations.PolicyDomain;
import eu.jcohub.support.FormSession;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.TestAccounts;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** The calendar's web pages over real HTTP, signed in through the login form like a browser. */
@IntegrationTest
class CalendarPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	OperationRegister register;

	String leader;

	@BeforeEach
	void accounts() {
		leader = accounts.leaderDk();
		accounts.coordinatorFi();
		accounts.coordinatorPt();
	}

	@Test
	void calendarEventsAreOnePerPhaseWithExclusiveEndAndFollowTheFilters() throws Exception {
		var operation = table("PAGES TWO PHASES", List.of(new Phase(LocalDate.of(2041, 3, 2), LocalDate.of(2041, 3, 8)),
				new Phase(LocalDate.of(2041, 3, 20), LocalDate.of(2041, 3, 25))), "Two phases");
		var browser = FormSession.signedIn(port, leader);

		var page = browser.get("/calendar?date=2041-03-01");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Coordination calendar").contains("data-events-url=\"/calendar/events\"")
			.contains("data-initial-date=\"2041-03-01\"").contains("/js/calendar.js");

		var events = JsonMapper.builder().build()
			.readTree(browser.get("/calendar/events?start=2041-03-01T00:00:00Z&end=2041-04-01T00:00:00Z"
					+ "&organiser=DK-CUSTOMS").body());
		var mine = events.valueStream().filter(e -> e.get("groupId").asString().equals(operation.id().toString())).toList();
		assertThat(mine).hasSize(2);
		assertThat(mine.get(0).get("start").asString()).isEqualTo("2041-03-02");
		assertThat(mine.get(0).get("end").asString()).isEqualTo("2041-03-09");
		assertThat(mine.get(0).get("url").asString()).isEqualTo("/operations/" + operation.id());
		assertThat(OrganiserColours.PALETTE.stream().map(OrganiserColours.Swatch::background))
			.contains(mine.get(0).get("backgroundColor").asString());
		assertThat(mine.get(0).get("extendedProps").get("organiserCode").asString()).isEqualTo("DK");
		assertThat(mine.get(0).get("extendedProps").get("dates").asString()).isEqualTo("2 Mar 2041 – 8 Mar 2041");

		var otherOrganiser = browser.get("/calendar/events?start=2041-03-01T00:00:00Z&end=2041-04-01T00:00:00Z"
				+ "&organiser=FI-CUSTOMS").body();
		assertThat(otherOrganiser).doesNotContain(operation.id().toString());
	}

	@Test
	void theListMarksOperationsWhoseDetailsAreHidden() throws Exception {
		table("PAGES LISTED", List.of(new Phase(LocalDate.of(2041, 5, 4), LocalDate.of(2041, 5, 10))), "Listed");
		var outsider = FormSession.signedIn(port, "t.coordinator.pt");

		var list = outsider.get("/operations?from=2041-05-01&to=2041-05-31&organiser=DK-CUSTOMS");

		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("PAGES LISTED").contains("4 May 2041 – 10 May 2041")
			.contains("calendar entry only").contains("Regional JCO");
	}

	@Test
	void aNonParticipantSeesTheCalendarEntryButNoDetails() throws Exception {
		var operation = table("PAGES SECRET", List.of(new Phase(LocalDate.of(2041, 7, 1), LocalDate.of(2041, 7, 9))),
				"Objectives only for participants");

		var outsider = FormSession.signedIn(port, "t.coordinator.pt").get("/operations/" + operation.id()).body();
		assertThat(outsider).contains("PAGES SECRET").contains("id=\"details-hidden\"")
			.doesNotContain("Objectives only for participants").doesNotContain("id=\"edit-operation\"");

		var participant = FormSession.signedIn(port, "t.coordinator.fi").get("/operations/" + operation.id()).body();
		assertThat(participant).contains("Objectives only for participants").doesNotContain("id=\"details-hidden\"");
	}

	@Test
	void anEndBeforeTheStartIsShownNextToTheFieldAndNothingIsSaved() throws Exception {
		var browser = FormSession.signedIn(port, leader);

		var response = browser.postFields("/operations/new", "/operations",
				form("PAGES BACKWARDS", "2041-09-10", "2041-09-01"));

		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(response.body()).contains("id=\"phase1End-error\"")
			.contains("The last day cannot be before the first day.")
			.contains("value=\"PAGES BACKWARDS\"").contains("value=\"2041-09-10\"");
		assertThat(namesBetween(LocalDate.of(2041, 8, 1), LocalDate.of(2041, 10, 1))).doesNotContain("PAGES BACKWARDS");
	}

	@Test
	void previewsConflictsBeforeSavingThenSavesAndShowsThem() throws Exception {
		table("PAGES EXISTING", List.of(new Phase(LocalDate.of(2041, 11, 2), LocalDate.of(2041, 11, 12))), "Existing");
		var browser = FormSession.signedIn(port, leader);
		var draft = form("PAGES NEWCOMER", "2041-11-05", "2041-11-15");

		var preview = browser.postFields("/operations/new", "/operations/conflict-preview", draft);
		assertThat(preview.statusCode()).isEqualTo(200);
		assertThat(preview.body()).contains("PAGES EXISTING").contains("Dates:").doesNotContain("<html");
		assertThat(namesBetween(LocalDate.of(2041, 11, 1), LocalDate.of(2041, 11, 30))).doesNotContain("PAGES NEWCOMER");

		var saved = browser.postFields("/operations/new", "/operations", draft);
		assertThat(saved.statusCode()).isEqualTo(302);
		var location = saved.headers().firstValue("Location").orElseThrow();
		assertThat(location).matches(".*/operations/[0-9a-f-]{36}");
		var page = browser.get(URI.create(location).getPath()).body();
		assertThat(page).contains("PAGES NEWCOMER").contains("PAGES EXISTING").contains("id=\"edit-operation\"");
	}

	@Test
	void aResolutionNeedsANoteAndIsThenShown() throws Exception {
		var existing = table("PAGES FIRST", List.of(new Phase(LocalDate.of(2042, 2, 2), LocalDate.of(2042, 2, 12))), "A");
		var second = table("PAGES SECOND", List.of(new Phase(LocalDate.of(2042, 2, 4), LocalDate.of(2042, 2, 14))), "B");
		var browser = FormSession.signedIn(port, leader);
		var path = "/operations/" + second.id();
		var action = path + "/conflicts/" + existing.id() + "/resolution";

		var refused = browser.postFields(path, action, Map.of("kind", List.of("ACCEPTED_AS_IS"), "note", List.of(" ")));
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("id=\"note-error-" + existing.id() + "\"");

		var recorded = browser.postFields(path, action,
				Map.of("kind", List.of("ACCEPTED_AS_IS"), "note", List.of("Agreed at the CM meeting")));
		assertThat(recorded.statusCode()).isEqualTo(302);
		assertThat(browser.get(path).body()).contains("Accepted as is").contains("Agreed at the CM meeting")
			.contains("class=\"hub-resolution");

		// A participant reads how the conflict was resolved, and is not offered a form it may not submit.
		var participant = FormSession.signedIn(port, accounts.coordinatorFi()).get(path).body();
		assertThat(participant).contains("Agreed at the CM meeting").doesNotContain("hub-resolution")
			.doesNotContain(action);
	}

	@Test
	void aFieldOfficerIsNotOfferedAddOperationAndTheFormIsRefusedBeforeAnythingIsTyped() throws Exception {
		var officer = FormSession.signedIn(port, accounts.ensure("t.officer.fi", "FI-CUSTOMS", Role.FIELD_OFFICER));
		var planner = FormSession.signedIn(port, leader);

		assertThat(planner.get("/calendar").body()).contains("href=\"/operations/new\"");
		assertThat(officer.get("/calendar").body()).doesNotContain("href=\"/operations/new\"");
		assertThat(officer.get("/operations").body()).doesNotContain("href=\"/operations/new\"");

		var form = officer.get("/operations/new");
		assertThat(form.statusCode()).isEqualTo(403);
		assertThat(form.body()).contains("You may not open this page").contains("do not table operations")
			.contains("Back to the calendar").contains("Sign in as someone else")
			.doesNotContain("Something went wrong").doesNotContain("id=\"operation-form\"");
	}

	@Test
	void theOrganiserChoicesAreTheOrganisationsTheUserMayTableFor() throws Exception {
		var leaders = options(FormSession.signedIn(port, leader).get("/operations/new").body(), "organiser");
		assertThat(leaders).containsExactly("DK-CUSTOMS");

		var secretariats = options(FormSession.signedIn(port, accounts.secretariat()).get("/operations/new").body(),
				"organiser");
		assertThat(secretariats).hasSize(73).contains("DK-CUSTOMS", "FRONTEX", "CCWP");
	}

	@Test
	void everyListIsSortedByTheNameShown() throws Exception {
		var browser = FormSession.signedIn(port, leader);
		var calendar = browser.get("/calendar").body();
		var form = browser.get("/operations/new").body();

		var countries = optionTexts(calendar, "filter-country");
		assertThat(countries).contains("Belarus", "Sweden", "Switzerland").isSortedAccordingTo(BY_NAME);
		assertThat(countries.indexOf("Switzerland")).isGreaterThan(countries.indexOf("Sweden"));
		assertThat(optionTexts(calendar, "filter-organiser")).hasSize(73).isSortedAccordingTo(BY_NAME);
		assertThat(optionTexts(form, "leadCountry")).isSortedAccordingTo(BY_NAME);
		assertThat(labels(form, "participant-")).isEqualTo(countries);
		assertThat(labels(form, "partner-")).isSortedAccordingTo(BY_NAME);
	}

	private static final java.util.Comparator<String> BY_NAME = java.text.Collator.getInstance(java.util.Locale.ENGLISH)::compare;

	/** The values of a select's options. */
	private static List<String> options(String page, String id) {
		return matches(select(page, id), "<option[^>]*value=\"([^\"]*)\"");
	}

	/** The texts of a select's options, without the "any" of a filter. */
	private static List<String> optionTexts(String page, String id) {
		return matches(select(page, id), "<option[^>]*value=\"[^\"]+\"[^>]*>([^<]*)</option>");
	}

	private static String select(String page, String id) {
		var matcher = Pattern.compile("<select id=\"" + id + "\".*?</select>", Pattern.DOTALL).matcher(page);
		assertThat(matcher.find()).as("select " + id).isTrue();
		return matcher.group();
	}

	/** The labels of the checkboxes whose ids start with the prefix, in page order. */
	private static List<String> labels(String page, String idPrefix) {
		return matches(page, "<label class=\"form-check-label\" for=\"" + idPrefix + "[^\"]*\">([^<]*)</label>");
	}

	private static List<String> matches(String text, String regex) {
		var matcher = Pattern.compile(regex).matcher(text);
		var found = new java.util.ArrayList<String>();
		while (matcher.find()) {
			found.add(org.springframework.web.util.HtmlUtils.htmlUnescape(matcher.group(1)));
		}
		return found;
	}

	private OperationView table(String name, List<Phase> phases, String objectives) {
		var plan = new OperationPlan(name, OperationType.JCO_REGIONAL, "DK-CUSTOMS", "DK", Set.of("FI"), Set.of(),
				Competence.EXCLUSIVE_EU, PolicyDomain.CUSTOMS, "ocu@example.eu", null, Set.of("CIGARETTES"),
				Set.of("ROAD"), Set.of(), phases, objectives);
		return accounts.as(leader, () -> register.table(plan));
	}

	private List<String> namesBetween(LocalDate from, LocalDate to) {
		return accounts.as(leader, () -> register.list(OperationFilter.between(from, to)).stream()
			.map(view -> view.plan().name()).toList());
	}

	private static Map<String, List<String>> form(String name, String start, String end) {
		return Map.ofEntries(Map.entry("name", List.of(name)), Map.entry("type", List.of("JCO_REGIONAL")),
				Map.entry("organiser", List.of("DK-CUSTOMS")), Map.entry("leadCountry", List.of("DK")),
				Map.entry("participants", List.of("FI")), Map.entry("competence", List.of("EXCLUSIVE_EU")),
				Map.entry("domain", List.of("CUSTOMS")), Map.entry("riskAreas", List.of("CIGARETTES")),
				Map.entry("transportModes", List.of("ROAD")), Map.entry("phase1Start", List.of(start)),
				Map.entry("phase1End", List.of(end)));
	}
}
