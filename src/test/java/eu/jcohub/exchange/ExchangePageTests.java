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

	private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
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
