package eu.jcohub.coordination.internal;

import eu.jcohub.shared.db.DemoMode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's field officers at work: every few seconds one of them reports a control or a seizure on the demo's
 * running operation, through the same HTTP API and with the same idempotency key on a retry as a field officer's
 * device, so that a newcomer sees reports arrive for the OCU to validate and the live picture move. On by default in
 * demo mode, off otherwise ({@code jcohub.coordination.simulator.enabled}). When the reporting endpoint refuses or is
 * missing it says so once and tries again slowly.
 */
@Component
class FieldReportSimulator {

	private static final Logger log = LoggerFactory.getLogger(FieldReportSimulator.class);
	private static final Duration PATIENCE = Duration.ofMinutes(1);
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final boolean enabled;
	private final Environment environment;
	private final Clock clock;
	private final String operationName;
	private final List<String> officers;
	private final String password;
	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
	private final Random random = new Random();
	private final Set<Integer> told = new HashSet<>();
	private @Nullable JsonNode operation;
	private @Nullable Pending pending;
	private Instant nextAttempt = Instant.EPOCH;

	FieldReportSimulator(DemoMode demo, Environment environment, Clock clock,
			@Value("${jcohub.coordination.simulator.enabled:}") String enabled,
			@Value("${jcohub.coordination.simulator.operation:BALTIC GATE}") String operationName,
			@Value("${jcohub.coordination.simulator.officers:officer.fi,officer.pl}") List<String> officers,
			@Value("${jcohub.coordination.simulator.password:demo}") String password) {
		this.enabled = enabled.isBlank() ? demo.enabled() : Boolean.parseBoolean(enabled.trim());
		this.environment = environment;
		this.clock = clock;
		this.operationName = operationName;
		this.officers = List.copyOf(officers);
		this.password = password;
	}

	/** A report sent but not acknowledged: sent again with the same key, as a device that lost its connection does. */
	private record Pending(String officer, String key, String body) {
	}

	@Scheduled(initialDelayString = "${jcohub.coordination.simulator.initial-delay:PT30S}",
			fixedDelayString = "${jcohub.coordination.simulator.interval:PT4S}")
	void reportSomething() {
		if (!enabled || clock.instant().isBefore(nextAttempt)) {
			return;
		}
		try {
			var operationId = operation().path("id").asText(null);
			if (operationId == null) {
				return;
			}
			var report = pending != null ? pending : next(operation());
			pending = report;
			var response = send(HttpRequest.newBuilder(uri("/api/operations/" + operationId + "/reports"))
				.header("Content-Type", "application/json")
				.header("Idempotency-Key", report.key())
				.POST(HttpRequest.BodyPublishers.ofString(report.body())), report.officer());
			pending = null;
			if (response.statusCode() >= 300) {
				slowDown(response.statusCode(), response.body());
			}
		}
		catch (IOException e) {
			// The report stays pending and goes again with its key.
			slowDown(0, e.toString());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private JsonNode operation() throws IOException, InterruptedException {
		if (operation != null) {
			return operation;
		}
		var response = send(HttpRequest.newBuilder(uri("/api/operations?q="
				+ URLEncoder.encode(operationName, StandardCharsets.UTF_8))).GET(), officers.get(0));
		if (response.statusCode() != 200) {
			slowDown(response.statusCode(), response.body());
			return JSON.createObjectNode();
		}
		for (var found : JSON.readTree(response.body())) {
			if (operationName.equals(found.path("name").asText())) {
				operation = found;
				return found;
			}
		}
		slowDown(404, "no operation named " + operationName);
		return JSON.createObjectNode();
	}

	/** A control (mostly) or a seizure at one of the operation's places in the officer's country. */
	private Pending next(JsonNode operation) {
		var officer = officers.get(random.nextInt(officers.size()));
		var country = officer.substring(officer.lastIndexOf('.') + 1).toUpperCase(java.util.Locale.ROOT);
		var places = new ArrayList<String>();
		operation.path("locations").forEach(place -> {
			if (place.asText().startsWith(country)) {
				places.add(place.asText());
			}
		});
		var areas = texts(operation.path("riskAreas"));
		var modes = texts(operation.path("transportModes"));
		var body = JSON.createObjectNode();
		var area = areas.isEmpty() ? null : areas.get(random.nextInt(areas.size()));
		if (!places.isEmpty()) {
			body.put("location", places.get(random.nextInt(places.size())));
		}
		if (!modes.isEmpty()) {
			body.put("transportMode", modes.get(random.nextInt(modes.size())));
		}
		if (area != null) {
			body.put("riskArea", area);
		}
		if (random.nextInt(10) < 3) {
			boolean cigarettes = "CIGARETTES".equals(area);
			body.put("type", "SEIZURE");
			body.put("quantity", cigarettes ? 2000 * (1 + random.nextInt(200)) : 5 + random.nextInt(300));
			body.put("unit", cigarettes ? "STICKS" : "L");
			body.put("valueEur", 100 + random.nextInt(20_000));
			body.put("dutiesEur", 50 + random.nextInt(8_000));
			body.put("concealment", "Behind the cargo (simulated)");
			body.put("summary", "Simulated seizure of the demo");
		}
		else {
			body.put("type", "CONTROL");
			body.put("controlledKind", "VEHICLES");
			body.put("controlledCount", 1 + random.nextInt(12));
			body.put("result", random.nextInt(10) == 0 ? "INFRINGEMENT" : "NOTHING_FOUND");
			body.put("summary", "Simulated control of the demo");
		}
		return new Pending(officer, UUID.randomUUID().toString(), body.toString());
	}

	private HttpResponse<String> send(HttpRequest.Builder request, String officer)
			throws IOException, InterruptedException {
		var credentials = Base64.getEncoder().encodeToString((officer + ":" + password).getBytes(StandardCharsets.UTF_8));
		return http.send(request.header("Authorization", "Basic " + credentials).timeout(Duration.ofSeconds(10)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** Says once per kind of answer why nothing was reported, and waits a minute before the next try. */
	private void slowDown(int status, String why) {
		if (told.add(status)) {
			log.info("The demo's field-report simulator could not report ({}): {}; it tries again every minute",
					status == 0 ? "no connection" : "HTTP " + status, why.length() > 300 ? why.substring(0, 300) : why);
		}
		nextAttempt = clock.instant().plus(PATIENCE);
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + environment.getProperty("local.server.port", "8080") + path);
	}

	private static List<String> texts(JsonNode array) {
		var texts = new ArrayList<String>();
		array.forEach(node -> texts.add(node.asText()));
		return texts;
	}
}
