package eu.jcohub.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.support.FormSession;
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
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The exchange page as a browser session uses it: sign in, upload a file, read the report, get the feed URL. */
@IntegrationTest
class ExchangePageTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"|name=\"_csrf\" value=\"([^\"]+)\"");
	private static final String BOUNDARY = "page-test-boundary";

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	eu.jcohub.operations.OperationRegister register;

	private HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NORMAL).build();

	@Test
	void uploadShowsThePerLineReportAndTheFeedUrlCanBeFetched() throws Exception {
		signIn(accounts.secretariat());
		var page = get("/exchange");
		assertThat(page).contains("Exchange of plans with other bodies").contains("/api/tabling-list.pdf?semester=")
			.contains("/api/operations/import-template.csv");

		var csv = ImportTests.HEADER + "PG-93-1,Page Upload,OTHER_BODY,FRONTEX,,,,,,,COCAINE,,,2093-03-01,2093-03-10,,,\r\n"
				+ "PG-93-2,Page Broken,OTHER_BODY,FRONTEX,,,,,,,NOPE,,,2093-03-01,2093-03-10,,,\r\n";
		var report = upload(csv, csrf(page), 200);
		assertThat(report).contains("Import report for plans.csv").contains("Nothing was imported")
			.contains("line 3").contains("NOPE").contains("Rejected");

		var refused = upload("a,b\r\n1,2\r\n", csrf(page), 422);
		assertThat(refused).contains("The file was refused").contains("unknown column")
			.containsPattern("id=\"file-error\"[^>]*>[^<]*unknown column");

		var feed = send(HttpRequest.newBuilder(uri("/exchange/feed-token")).header("X-CSRF-TOKEN", csrf(page))
			.header("HX-Request", "true").POST(HttpRequest.BodyPublishers.noBody()));
		assertThat(feed).contains("/api/calendar.ics?token=feed_");
	}

	@Test
	void anUploadOverTheLimitShowsTheFormAgainWithTheReasonNextToTheFile() {
		var session = FormSession.signedIn(port, accounts.secretariat());
		var tooLarge = new byte[5 * 1024 * 1024 + 1024];
		java.util.Arrays.fill(tooLarge, (byte) 'x');
		var refused = session.postMultipart("/exchange", "/exchange/import", java.util.Map.of("organiser",
				java.util.List.of("FRONTEX")), "file", "big.csv", tooLarge);
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(refused.headers().firstValue("Location").orElse("")).endsWith("/exchange");
		var page = session.get("/exchange").body();
		assertThat(page).containsPattern("<input id=\"file\"[^>]*is-invalid[^>]*aria-describedby=\"file-error\"")
			.containsPattern("id=\"file-error\"[^>]*>The file is larger than 5 MB")
			.doesNotContain("An unexpected error occurred");
	}

	@Test
	void aBrokenQuoteRejectsItsLineAndTheValidLinesAreImportedWhenAskedTo() {
		var session = FormSession.signedIn(port, accounts.secretariat());
		var csv = ImportTests.HEADER + "PG-94-1,Page Quote Good,OTHER_BODY,FRONTEX,,,,,,,COCAINE,,,2094-03-01,2094-03-10,,,\r\n"
				+ "PG-94-2,\"Page Quote Broken,OTHER_BODY,FRONTEX,,,,,,,COCAINE,,,2094-04-01,2094-04-10,,,\r\n";
		var report = session.postMultipart("/exchange", "/exchange/import", java.util.Map.of("importValidPart",
				java.util.List.of("true")), "file", "plans.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(report.statusCode()).isEqualTo(200);
		assertThat(report.body()).contains("Imported: 1 accepted", "line 3", "a quoted field is not closed")
			.containsPattern("id=\"importValidPart\"[^>]*checked")
			.doesNotContain("CSVException", "org.apache");
	}

	@Test
	void aCalendarNamingCountriesIsReviewedAndImportedWithTheTickedSuggestionsOnly() throws Exception {
		signIn(accounts.secretariat());
		var page = get("/exchange");
		var ics = IcsSemanticsTests.calendar("", IcsSemanticsTests.event("page-review-95@other.example",
				"DESCRIPTION:Border checks with FI and EE at Narva.\r\n").replace("20270301", "20950301"));
		var review = upload(ics, csrf(page), 200);
		assertThat(review).contains("Review plans.csv before importing it").contains("Nothing is saved yet")
			.contains("FI, EE found in the description: add as participating countries?")
			.contains("Narva found in the description: add as control locations?")
			.contains("(would be created)");
		assertThat(operation("page-review-95@other.example")).as("nothing saved before the review").isEmpty();

		var key = "UID page-review-95@other.example|participants";
		var form = "_csrf=" + URLEncoder.encode(csrf(review), StandardCharsets.UTF_8) + "&accept="
				+ URLEncoder.encode(key, StandardCharsets.UTF_8);
		var report = send(HttpRequest.newBuilder(uri("/exchange/import/confirm"))
			.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
		assertThat(report).contains("Import report for plans.csv").contains("(created)").contains("(added)")
			.contains("(offered, not added)");
		var imported = operation("page-review-95@other.example").orElseThrow();
		assertThat(imported.plan().participants()).containsExactly("EE", "FI");
		assertThat(imported.plan().locations()).as("the unticked suggestion is not taken").isEmpty();

		var again = send(HttpRequest.newBuilder(uri("/exchange/import/confirm"))
			.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)),
				422);
		assertThat(again).contains("no longer available").contains("upload it again");
	}

	@Test
	void anOperationNothingSaysWhoTakesPartInIsListedAndMarkedToComplete() throws Exception {
		var ics = IcsSemanticsTests.calendar("", IcsSemanticsTests.event("page-bare-96@other.example", "")
			.replace("20270301", java.time.LocalDate.now().plusMonths(2).toString().replace("-", ""))
			.replace("SUMMARY:Event page-bare-96@other.example", "SUMMARY:Page Bare Operation"));
		var imported = Upload.file(eu.jcohub.support.Api.as(port, accounts.secretariat()), "bare.ics", ics,
				java.util.Map.of("organiser", "FRONTEX"));
		assertThat(imported.status()).as(imported.body()).isEqualTo(200);

		signIn(accounts.secretariat());
		var page = get("/exchange");
		assertThat(page).containsPattern("(?s)Operations to complete.*Page Bare Operation.*European Border and Coast Guard Agency");
		var month = java.time.LocalDate.now().plusMonths(2).withDayOfMonth(1);
		var events = get("/calendar/events?start=" + month + "&end=" + month.plusMonths(1));
		assertThat(events).contains("Page Bare Operation (to complete)");

		browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL)
			.build();
		signIn(accounts.coordinatorFi());
		assertThat(get("/exchange")).as("only those who may change it are asked to complete it")
			.doesNotContain("Page Bare Operation");
	}

	@Test
	void aCalendarIsFollowedFromThePageAndAFailingPullIsShownToItsOwner() throws Exception {
		signIn(accounts.secretariat());
		var page = get("/exchange");
		assertThat(page).contains("Followed calendars").contains("Follow a published calendar");
		var refused = send(HttpRequest.newBuilder(uri("/exchange/subscriptions"))
			.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(
					"_csrf=" + URLEncoder.encode(csrf(page), StandardCharsets.UTF_8) + "&name=Page+Metadata&organiser=FRONTEX"
							+ "&url=http%3A%2F%2F10.0.0.7%2Fcal.ics&pullMinutes=60&credentialKind=NONE")), 422);
		assertThat(refused).containsPattern("id=\"sub-url-error\"[^>]*>[^<]*private or link-local")
			.contains("value=\"Page Metadata\"");

		var followed = send(HttpRequest.newBuilder(uri("/exchange/subscriptions"))
			.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(
					"_csrf=" + URLEncoder.encode(csrf(page), StandardCharsets.UTF_8) + "&name=Page+Followed+97&organiser=FRONTEX"
							+ "&url=http%3A%2F%2F127.0.0.1%3A1%2Fcal.ics&pullMinutes=60&credentialKind=BASIC&credential=u%3Apage-pw")));
		assertThat(followed).contains("You now follow Page Followed 97").doesNotContain("page-pw");
		var id = java.util.regex.Pattern.compile("id=\"subscription-([0-9a-f-]{36})\"[^>]*>\\s*<div class=\"card-body\">\\s*"
				+ "<h3[^>]*>Page Followed 97").matcher(followed);
		assertThat(id.find()).as(followed).isTrue();
		var pulled = send(HttpRequest.newBuilder(uri("/exchange/subscriptions/" + id.group(1) + "/pull"))
			.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(
					"_csrf=" + URLEncoder.encode(csrf(followed), StandardCharsets.UTF_8))));
		assertThat(pulled).contains("Page Followed 97 could not be pulled").contains("cannot be reached")
			.contains("The last pull failed, so the calendar may be out of date");
	}

	private java.util.Optional<eu.jcohub.operations.OperationView> operation(String uid) {
		return accounts.as(accounts.secretariat(), () -> register.findByExternalId("CCWP", uid));
	}

	private void signIn(String username) throws Exception {
		var login = get("/login");
		var form = "username=" + username + "&password=" + URLEncoder.encode(TestAccounts.PASSWORD, StandardCharsets.UTF_8)
				+ "&_csrf=" + URLEncoder.encode(csrf(login), StandardCharsets.UTF_8);
		// The sign-in redirects to the home page, which another screen provides; only the session matters here.
		browser.send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
	}

	private String upload(String csv, String csrf, int status) throws Exception {
		var body = new ByteArrayOutputStream();
		body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n"
				+ "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"plans.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(uri("/exchange/import"))
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), status);
	}

	private String get(String path) throws Exception {
		return send(HttpRequest.newBuilder(uri(path)).GET());
	}

	private String send(HttpRequest.Builder request) throws Exception {
		return send(request, 200);
	}

	private String send(HttpRequest.Builder request, int status) throws Exception {
		var response = browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return response.body();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String csrf(String html) {
		var matcher = CSRF.matcher(html);
		assertThat(matcher.find()).as("a CSRF token in the page").isTrue();
		return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
	}
}
