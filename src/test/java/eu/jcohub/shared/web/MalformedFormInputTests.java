package eu.jcohub.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.access.Role;
import eu.jcohub.support.Api;
import eu.jcohub.support.FormSession;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.Plans;
import eu.jcohub.support.TestAccounts;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every form of the pages where something is entered, walked from their HTML: each typed field in turn gets a bad
 * value (empty where required, a NUL character, 1e400, a text longer than allowed, a date that is none). The
 * answer is the form again, with a message next to that field (which names it in aria-describedby) and with every
 * value as it was typed; every field has a label. Filter forms (role="search") are left out: by design they ignore what they cannot use.
 */
@IntegrationTest
class MalformedFormInputTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	private final Map<String, FormSession> sessions = new HashMap<>();
	private final List<String> problems = new ArrayList<>();
	private final TreeSet<String> formsTried = new TreeSet<>();
	private int submissions;

	@Test
	void everyFormComesBackWithTheErrorNextToTheFieldAndEverythingTypedStillThere() {
		var leader = accounts.ensure("t.forms.leader.dk", "DK-CUSTOMS", Role.OPERATION_LEADER);
		var coordinator = accounts.ensure("t.forms.coordinator.dk", "DK-CUSTOMS", Role.NATIONAL_COORDINATOR);
		var passwordOwner = accounts.ensure("t.forms.password.dk", "DK-CUSTOMS", Role.FIELD_OFFICER);
		var api = Api.as(port, leader);
		var start = LocalDate.of(2024, 5, 1);
		var operation = api.post("/api/operations", Plans.json("FORMS A " + System.nanoTime(), "DK-CUSTOMS", "DK",
				List.of("FI"), List.of("CIGARETTES"), List.of("ROAD"), start, start.plusDays(19))).json().get("id").asString();
		api.post("/api/operations", Plans.json("FORMS B " + System.nanoTime(), "DK-CUSTOMS", "DK", List.of("FI"),
				List.of("CIGARETTES"), List.of("ROAD"), start, start.plusDays(9)));
		var seizure = api.post("/api/operations/" + operation + "/seizures", """
				{"seizedOn":"2024-05-05","place":"Padborg","goodsCategory":"CIGARETTES","description":"cartons",
				 "handlingCode":"PARTICIPANTS"}""").json().get("id").asString();

		for (var path : List.of("/operations/new", "/operations/" + operation + "/edit", "/operations/" + operation,
				"/operations/" + operation + "/seizures/new", "/seizures/" + seizure + "/edit", "/account/tokens",
				"/account/two-factor", "/exchange", "/audit")) {
			walk(leader, path);
		}
		walk(coordinator, "/data-protection");
		walk(passwordOwner, "/account");

		System.out.println("Page forms: " + formsTried.size() + " forms, " + submissions + " submissions");
		assertThat(formsTried).contains("POST /operations", "POST /operations/" + operation,
				"POST /operations/" + operation + "/seizures", "POST /seizures/" + seizure, "POST /data-protection/retention",
				"GET /data-protection", "POST /account/tokens", "POST /account/password", "POST /account/two-factor",
				"POST /exchange/import", "GET /audit")
			.anyMatch(form -> form.endsWith("/resolution"));
		assertThat(problems).isEmpty();
	}

	private void walk(String user, String path) {
		var session = sessions.computeIfAbsent(user, name -> FormSession.signedIn(port, name));
		var page = Jsoup.parse(session.get(path).body());
		for (var form : PageForm.of(page, path)) {
			if (form.element().attr("role").equals("search") || form.typedFields().isEmpty()) {
				continue;
			}
			formsTried.add(form.toString());
			unlabelled(page, form).forEach(field -> problems.add(path + ", " + form + ": field without a label: " + field));
			var baseline = baseline(form);
			for (var field : form.typedFields()) {
				for (var bad : badValues(field)) {
					var sent = new LinkedHashMap<>(baseline);
					sent.put(field.attr("name"), List.of(bad));
					check(session, path, form, field.attr("name"), sent, describe(bad));
				}
			}
		}
	}

	/** Fields nobody could tell apart: no label names them (a stray field shows up here too). */
	private static List<String> unlabelled(Document page, PageForm form) {
		return form.element().select("input, select, textarea").stream()
			.filter(field -> !List.of("hidden", "submit", "button").contains(PageForm.type(field)))
			.filter(field -> field.id().isEmpty() || page.select("label[for]").stream()
				.noneMatch(label -> label.attr("for").equals(field.id())))
			.filter(field -> !field.hasAttr("aria-label") && !field.hasAttr("aria-labelledby"))
			.map(Element::outerHtml)
			.map(MalformedFormInputTests::abbreviated)
			.toList();
	}

	/** The form filled in as someone would who gets everything right, starting from what the page shows. */
	private static Map<String, List<String>> baseline(PageForm form) {
		var values = form.values();
		for (var select : form.element().select("select[name]:not([multiple])")) {
			var chosen = values.get(select.attr("name"));
			if (chosen.isEmpty() || chosen.get(0).isEmpty()) {
				select.select("option").stream().map(option -> option.attr("value")).filter(value -> !value.isEmpty())
					.findFirst().ifPresent(value -> values.put(select.attr("name"), List.of(value)));
			}
		}
		for (var field : form.typedFields()) {
			var name = field.attr("name");
			if (values.get(name).stream().allMatch(String::isEmpty) && SAMPLES.containsKey(name)) {
				values.put(name, List.of(SAMPLES.get(name)));
			}
		}
		return values;
	}

	/** Good values for fields the page leaves empty (the seizure falls within the fixture's operation). */
	private static final Map<String, String> SAMPLES = Map.ofEntries(Map.entry("name", "Form test"),
			Map.entry("phase1Start", "2031-03-01"), Map.entry("phase1End", "2031-03-10"),
			Map.entry("seizedOn", "2024-05-05"), Map.entry("place", "Padborg"), Map.entry("description", "Cartons"),
			Map.entry("quantity", "10"), Map.entry("unit", "kg"), Map.entry("note", "Agreed on the phone"),
			Map.entry("current", TestAccounts.PASSWORD), Map.entry("password", "Another-Passphrase-42"),
			Map.entry("repeat", "Another-Passphrase-42"));

	/** A file with one good line: what is wrong is always in another field. */
	private static final String UPLOAD = "id,name,riskAreas,phase1Start,phase1End\r\nFT-1,Form upload,CIGARETTES,2031-01-01,"
			+ "2031-01-05\r\n";

	private static List<String> badValues(Element field) {
		var bad = new ArrayList<String>();
		var type = PageForm.type(field);
		if (field.hasAttr("required")) {
			bad.add("");
		}
		var mode = field.attr("inputmode");
		if (type.equals("number") || mode.equals("decimal") || mode.equals("numeric")) {
			bad.add("1e400");
			bad.add("12\u000034");
		}
		else if (type.equals("date")) {
			bad.add("2024-13-45");
			bad.add("2024-05\u0000-05");
		}
		else {
			bad.add("Ann\u0000Smith");
		}
		if (!type.equals("date") && !type.equals("number")) {
			int max = field.hasAttr("maxlength") ? Integer.parseInt(field.attr("maxlength")) : 2_500;
			bad.add("x".repeat(max + 1));
		}
		return bad;
	}

	private void check(FormSession session, String path, PageForm form, String field, Map<String, List<String>> sent,
			String what) {
		var label = form + " with " + what + " in " + field;
		submissions++;
		var answer = submit(session, path, form, sent);
		if (answer.statusCode() >= 500) {
			problems.add(label + ": HTTP " + answer.statusCode());
			return;
		}
		if (answer.statusCode() >= 300 && answer.statusCode() < 400) {
			problems.add(label + ": accepted (HTTP " + answer.statusCode() + " to "
					+ answer.headers().firstValue("Location").orElse("") + ")");
			return;
		}
		var page = Jsoup.parse(answer.body());
		var again = form.in(page, path);
		if (again == null) {
			problems.add(label + ": HTTP " + answer.statusCode() + " without the form");
			return;
		}
		errorNextTo(again, field).ifPresent(problem -> problems.add(label + ": " + problem));
		kept(again, sent).forEach(problem -> problems.add(label + ": " + problem));
	}

	private HttpResponse<String> submit(FormSession session, String path, PageForm form, Map<String, List<String>> sent) {
		if (form.method().equals("get")) {
			var query = sent.entrySet().stream()
				.flatMap(entry -> entry.getValue().stream().map(value -> encode(entry.getKey()) + "=" + encode(value)))
				.collect(Collectors.joining("&"));
			return session.get(form.action() + "?" + query);
		}
		if (form.multipart()) {
			var file = form.element().select("input[type=file]").first();
			return session.postMultipart(path, form.action(), sent, file == null ? "file" : file.attr("name"), "plans.csv",
					UPLOAD.getBytes(StandardCharsets.UTF_8));
		}
		// The page was loaded by the walk; its CSRF token holds for the whole session, as in a browser tab.
		return session.postFields(form.action(), sent);
	}

	/** Empty if the field names a non-empty error next to it (in its own box or the one around it). */
	private static java.util.Optional<String> errorNextTo(PageForm form, String name) {
		var field = form.field(name);
		if (field == null) {
			return java.util.Optional.of("the field is gone");
		}
		var ids = Arrays.asList(field.attr("aria-describedby").trim().split("\\s+"));
		var near = field.parent() == null ? field : field.parent().parent() == null ? field.parent() : field.parent().parent();
		var error = near.select(".invalid-feedback").stream()
			.filter(element -> ids.contains(element.id()) && !element.text().isBlank())
			.findFirst();
		return error.isPresent() ? java.util.Optional.empty()
				: java.util.Optional.of("no error next to it (aria-describedby=\"" + field.attr("aria-describedby") + "\")");
	}

	/** What was typed and is not shown again; secrets (passwords, one-time codes) are never shown again. */
	private static List<String> kept(PageForm form, Map<String, List<String>> sent) {
		var shown = form.values();
		var lost = new ArrayList<String>();
		sent.forEach((name, values) -> {
			var field = form.field(name);
			if (field == null) {
				lost.add(name + " is gone");
				return;
			}
			var type = PageForm.type(field);
			if (type.equals("hidden") || type.equals("password") || type.equals("file")
					|| field.attr("autocomplete").equals("one-time-code")) {
				return;
			}
			var expected = values.stream().map(value -> value.replace('\u0000', '\uFFFD')).toList();
			var actual = shown.getOrDefault(name, List.of());
			if (!new TreeSet<>(expected).equals(new TreeSet<>(actual))) {
				lost.add(name + " shows " + abbreviated(actual.toString()) + " instead of " + abbreviated(expected.toString()));
			}
		});
		return lost;
	}

	private static String describe(String bad) {
		if (bad.isEmpty()) {
			return "nothing";
		}
		return bad.length() > 40 ? bad.length() + " characters" : "'" + bad.replace("\u0000", "\\0") + "'";
	}

	private static String abbreviated(String text) {
		return text.length() > 80 ? text.substring(0, 80) + "…" : text;
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
