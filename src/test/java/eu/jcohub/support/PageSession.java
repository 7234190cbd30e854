package eu.jcohub.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like session: the login form, the session cookie and each page's CSRF token. */
public record PageSession(int port, HttpClient client) {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:type=\"hidden\" )?value=\"([^\"]+)\"|"
			+ "<meta name=\"_csrf\" content=\"([^\"]+)\"");

	public static PageSession signIn(int port, String username) throws IOException, InterruptedException {
		var session = new PageSession(port, HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).build());
		var response = session.postForm("/login", "/login",
				Map.of("username", List.of(username), "password", List.of(TestAccounts.PASSWORD)));
		assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
		return session;
	}

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Posts the form as a browser would after loading {@code page}, which supplies the CSRF token. */
	public HttpResponse<String> postForm(String page, String action, Map<String, List<String>> fields)
			throws IOException, InterruptedException {
		var matcher = CSRF.matcher(get(page).body());
		assertThat(matcher.find()).as("CSRF token on " + page).isTrue();
		var token = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
		var body = fields.entrySet().stream()
			.flatMap(field -> field.getValue().stream().map(value -> encode(field.getKey()) + "=" + encode(value)))
			.collect(Collectors.joining("&")) + "&_csrf=" + encode(token);
		var request = HttpRequest.newBuilder(uri(action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build();
		return client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
