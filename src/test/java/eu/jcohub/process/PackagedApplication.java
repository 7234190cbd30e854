package eu.jcohub.process;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The packaged application ({@code target/jcohub-*.jar}) in a JVM of its own, as an operator starts it. */
final class PackagedApplication {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	final Process process;
	final int port;
	final Path log;

	private PackagedApplication(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	static PackagedApplication start(Path dataDirectory, String name) throws IOException {
		var port = freePort();
		var log = Path.of("target", "process-tests", name + ".log");
		Files.createDirectories(log.getParent());
		var builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-jar", jar().toString())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().putAll(Map.of("SERVER_PORT", Integer.toString(port), "JCOHUB_DATA_DIR",
				dataDirectory.toString(), "JCOHUB_BACKUP_CRON", "-", "JCOHUB_AUDIT_CHECK_CRON", "-"));
		return new PackagedApplication(builder.start(), port, log);
	}

	/** Waits until readiness says UP; false if the process ended first or the time ran out. */
	boolean awaitReady(Duration patience) throws InterruptedException {
		long deadline = System.nanoTime() + patience.toNanos();
		while (System.nanoTime() < deadline && process.isAlive()) {
			if (status("/actuator/health/readiness") == 200) {
				return true;
			}
			Thread.sleep(250);
		}
		return false;
	}

	int status(String path) {
		return send(path, null).statusCode();
	}

	HttpResponse<String> send(String path, String json) {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(10))
			.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("leader.dk:demo".getBytes()));
		if (json != null) {
			request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
		}
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			return new Refused(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return new Refused(e);
		}
	}

	String output() throws IOException {
		return Files.exists(log) ? Files.readString(log) : "";
	}

	static Path jar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			var jars = files.filter(file -> file.getFileName().toString().matches("jcohub-.*\\.jar")).toList();
			if (jars.size() != 1) {
				throw new IllegalStateException("Package the application first (./mvnw package): found " + jars);
			}
			return jars.get(0).toAbsolutePath();
		}
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** No answer at all: the process is gone or not listening. */
	private record Refused(Exception failure) implements HttpResponse<String> {

		@Override
		public int statusCode() {
			return -1;
		}

		@Override
		public HttpRequest request() {
			throw new UnsupportedOperationException();
		}

		@Override
		public java.util.Optional<HttpResponse<String>> previousResponse() {
			return java.util.Optional.empty();
		}

		@Override
		public java.net.http.HttpHeaders headers() {
			return java.net.http.HttpHeaders.of(Map.of(), (a, b) -> true);
		}

		@Override
		public String body() {
			return failure.toString();
		}

		@Override
		public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
			return java.util.Optional.empty();
		}

		@Override
		public URI uri() {
			return URI.create("http://localhost/");
		}

		@Override
		public HttpClient.Version version() {
			return HttpClient.Version.HTTP_1_1;
		}

	}
}
