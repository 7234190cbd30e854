package eu.jcohub.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client against the running application, signed in with HTTP Basic or a bearer token. */
public final class Api {

	private static final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
	private static final JsonMapper json = JsonMapper.builder().build();
	private final int port;
	private final @Nullable String authorization;

	private Api(int port, @Nullable String authorization) {
		this.port = port;
		this.authorization = authorization;
	}

	public static Api anonymous(int port) {
		return new Api(port, null);
	}

	public static Api as(int port, String username) {
		return new Api(port, "Basic " + basicCredentials(username, TestAccounts.PASSWORD));
	}

	/** The user and password as HTTP Basic sends them (after {@code "Basic "}). */
	public static String basicCredentials(String username, String password) {
		return Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	public static Api bearer(int port, String token) {
		return new Api(port, "Bearer " + token);
	}

	public Response get(String path) {
		return send(request(path).GET());
	}

	public Response post(String path, String body) {
		return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	public Response put(String path, String body) {
		return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** Any method with a JSON body (PATCH …). */
	public Response send(String method, String path, String body) {
		return send(request(path).header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(body)));
	}

	/** A POST with a body of the given type and extra headers (an Idempotency-Key …). */
	public Response post(String path, String contentType, String body, java.util.Map<String, String> headers) {
		var request = request(path).header("Content-Type", contentType);
		headers.forEach(request::header);
		return send(request.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	public Response delete(String path) {
		return send(request(path).DELETE());
	}

	public Response post(String path, String contentType, byte[] body) {
		return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
	}

	private HttpRequest.Builder request(String path) {
		var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (authorization != null) {
			builder.header("Authorization", authorization);
		}
		return builder;
	}

	private static Response send(HttpRequest.Builder request) {
		try {
			var response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.headers().firstValue("Location").orElse(""), response.body());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	public record Response(int status, String contentType, String location, byte[] bytes) {

		public String body() {
			return new String(bytes, StandardCharsets.UTF_8);
		}

		public JsonNode json() {
			return Api.json.readTree(bytes);
		}
	}
}
