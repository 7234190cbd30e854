package eu.jcohub.support;

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
import org.jspecify.annotations.Nullable;

/** A browser-like session over real HTTP: cookies, no automatic redirects, the CSRF token from each page. */
public final class FormSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:type=\"hidden\" )?value=\"([^\"]+)\"|"
			+ "<meta name=\"_csrf\" content=\"([^\"]+)\"");
	private final int port;
	private final CookieManager cookies = new CookieManager();
	private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
		.followRedirects(HttpClient.Redirect.NEVER).build();
	private @Nullable String lastToken;
	private @Nullable String lastPage;

	public FormSession(int port) {
		this.port = port;
	}

	/** A session signed in through the login form with the test password. */
	public static FormSession signedIn(int port, String username) {
		var session = new FormSession(port);
		var response = session.signIn(username, TestAccounts.PASSWORD);
		if (response.headers().firstValue("Location").orElse("").contains("error") || response.statusCode() != 302) {
			throw new IllegalStateException("Could not sign in as " + username + ": HTTP " + response.statusCode());
		}
		return session;
	}

	/** Posts the login form; the answer is the form's, unfollowed. */
	public HttpResponse<String> signIn(String username, String password) {
		return signIn(Map.of("username", username, "password", password));
	}

	/** Posts the login form with an authenticator code. */
	public HttpResponse<String> signIn(String username, String password, String code) {
		return signIn(Map.of("username", username, "password", password, "code", code));
	}

	private HttpResponse<String> signIn(Map<String, String> fields) {
		var answer = postForm("/login", "/login", fields);
		lastToken = null; // signing in renews the CSRF token
		return answer;
	}

	/** The session's cookies as a {@code Cookie} header, for requests sent some other way. */
	public String cookieHeader() {
		return cookies.getCookieStore().getCookies().stream().map(cookie -> cookie.getName() + "=" + cookie.getValue())
			.collect(Collectors.joining("; "));
	}

	/** Gets a page and keeps its CSRF token for {@link #post}. */
	public HttpResponse<String> get(String path) {
		var answer = send(HttpRequest.newBuilder(uri(path)).GET());
		lastPage = path;
		var matcher = CSRF.matcher(answer.body());
		if (matcher.find()) {
			lastToken = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
		}
		return answer;
	}

	/**
	 * Posts a form with the CSRF token of the last page seen, as a browser does when the form is on the page it
	 * shows; loads {@code from} first if no page was seen since signing in.
	 */
	public HttpResponse<String> post(String from, String action, Map<String, String> fields) {
		if (lastToken == null) {
			get(from);
		}
		return send(action, fields.entrySet().stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&")), lastToken == null ? "" : lastToken);
	}

	/** Posts a form with fields of several values with the CSRF token of the last page seen (as a browser does). */
	public HttpResponse<String> postFields(String action, Map<String, List<String>> fields) {
		return send(action, fields.entrySet().stream()
			.flatMap(field -> field.getValue().stream().map(value -> encode(field.getKey()) + "=" + encode(value)))
			.collect(Collectors.joining("&")), lastToken == null ? "" : lastToken);
	}

	/** Posts the form as a browser would after loading {@code page}, which supplies the CSRF token. */
	public HttpResponse<String> postForm(String page, String action, Map<String, String> fields) {
		var multi = new java.util.LinkedHashMap<String, List<String>>();
		fields.forEach((name, value) -> multi.put(name, List.of(value)));
		return postFields(page, action, multi);
	}

	/** The same, for forms with fields of several values (checkboxes, multiple selects). */
	public HttpResponse<String> postFields(String page, String action, Map<String, List<String>> fields) {
		get(page);
		return send(action, fields.entrySet().stream()
			.flatMap(field -> field.getValue().stream().map(value -> encode(field.getKey()) + "=" + encode(value)))
			.collect(Collectors.joining("&")), lastToken == null ? "" : lastToken);
	}

	/**
	 * Posts JSON to the API with this session's cookie but without any CSRF token, as a script in the page would
	 * (Swagger UI's "Try it out"), with the headers given (an Authorization header, say).
	 */
	public HttpResponse<String> postJsonWithoutCsrf(String path, String json, Map<String, String> headers) {
		var request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		headers.forEach(request::header);
		return send(request);
	}

	private HttpResponse<String> send(String action, String fields, String token) {
		var body = (fields.isEmpty() ? "" : fields + "&") + "_csrf=" + encode(token);
		return send(fromPage(HttpRequest.newBuilder(uri(action))).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** Posts a form with a file (multipart/form-data) from {@code page} (loaded first unless it was the last seen). */
	public HttpResponse<String> postMultipart(String page, String action, Map<String, List<String>> fields,
			String fileField, String fileName, byte[] content) {
		if (lastToken == null || !page.equals(lastPage)) {
			get(page);
		}
		var boundary = "form-session-" + System.nanoTime();
		var body = new java.io.ByteArrayOutputStream();
		var parts = new java.util.LinkedHashMap<>(fields);
		parts.put("_csrf", List.of(lastToken == null ? "" : lastToken));
		parts.forEach((name, values) -> values.forEach(value -> body.writeBytes(("--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
			.getBytes(StandardCharsets.UTF_8))));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(fromPage(HttpRequest.newBuilder(uri(action)))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	/** The page a form was sent from, as a browser names it. */
	private HttpRequest.Builder fromPage(HttpRequest.Builder request) {
		return lastPage == null ? request : request.header("Referer", uri(lastPage).toString());
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

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
