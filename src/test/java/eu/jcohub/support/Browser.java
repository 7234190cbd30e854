package eu.jcohub.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** A browser without a screen: keeps its session cookie, signs in through the form, sends forms with their CSRF token. */
public final class Browser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"");
	private final int port;
	private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER).build();

	private @Nullable String csrfToken;

	public Browser(int port) {
		this.port = port;
	}

	/** Signs in through the form; the answer is the redirect after it ({@code /login?error} when it failed). */
	public HttpResponse<String> signIn(String username, String password, String code) {
		csrfToken = null;
		var answer = post("/login", "/login", Map.of("username", username, "password", password, "code", code));
		// Signing in renews the CSRF token.
		csrfToken = null;
		return answer;
	}

	/** Gets a page, and keeps its CSRF token for the next form. */
	public HttpResponse<String> get(String path) {
		var answer = send(HttpRequest.newBuilder(uri(path)).GET());
		var matcher = CSRF.matcher(answer.body());
		if (matcher.find()) {
			csrfToken = matcher.group(1);
		}
		return answer;
	}

	/**
	 * Posts a form with the CSRF token of the last page seen, or of the page {@code from} if none was seen since
	 * signing in.
	 */
	public HttpResponse<String> post(String from, String path, Map<String, String> fields) {
		if (csrfToken == null) {
			get(from);
		}
		var form = new LinkedHashMap<>(fields);
		form.put("_csrf", csrfToken == null ? "" : csrfToken);
		var body = form.entrySet().stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** An API call on this browser's session, as the pages' scripts make it. */
	public HttpResponse<String> api(String path) {
		return get(path);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}
}
