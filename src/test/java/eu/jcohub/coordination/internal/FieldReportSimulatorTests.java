package eu.jcohub.coordination.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import eu.jcohub.shared.db.DemoMode;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.mock.env.MockEnvironment;

/**
 * The demo's simulator against a stand-in for the server: it finds the running operation, posts reports as a field
 * officer with an idempotency key, and while the reporting endpoint is missing it says so once and tries again only
 * after a minute.
 */
class FieldReportSimulatorTests {

	private static final String OPERATION = "5f0c8a9e-7a6b-4d0e-9a3c-2b1d0e9f8a7b";
	private final List<String> posted = new CopyOnWriteArrayList<>();
	private final AtomicInteger status = new AtomicInteger(404);
	private HttpServer server;

	@AfterEach
	void stop() {
		server.stop(0);
	}

	@Test
	void waitsPatientlyWhileTheEndpointIsMissingThenReportsWithAKey() throws IOException {
		start();
		var clock = new MutableClock();
		var simulator = simulator(clock);

		simulator.reportSomething();
		simulator.reportSomething();
		assertThat(posted).as("one try, then a minute's wait").hasSize(1);

		status.set(201);
		clock.advance(Duration.ofSeconds(61));
		simulator.reportSomething();
		simulator.reportSomething();
		assertThat(posted).hasSize(3);
		var lastTwo = posted.subList(1, 3);
		assertThat(lastTwo).allSatisfy(request -> assertThat(request)
			.startsWith("POST /api/operations/" + OPERATION + "/reports key=")
			.contains("\"type\":\"").containsAnyOf("\"location\":\"FIHEL\"", "\"location\":\"PLGDN\""));
		assertThat(lastTwo.get(0)).isNotEqualTo(lastTwo.get(1));
	}

	@Test
	void offInTheTestsAndWhereverTheDemoIsOff() throws IOException {
		start();
		var demoOff = Mockito.mock(DemoMode.class);
		var simulator = new FieldReportSimulator(demoOff, environment(), new MutableClock(), "", "BALTIC GATE",
				List.of("officer.fi", "officer.pl"), "demo");
		simulator.reportSomething();
		assertThat(posted).isEmpty();
	}

	private FieldReportSimulator simulator(Clock clock) {
		var demo = Mockito.mock(DemoMode.class);
		Mockito.when(demo.enabled()).thenReturn(true);
		return new FieldReportSimulator(demo, environment(), clock, "", "BALTIC GATE", List.of("officer.fi", "officer.pl"),
				"demo");
	}

	private MockEnvironment environment() {
		return new MockEnvironment().withProperty("local.server.port", String.valueOf(server.getAddress().getPort()));
	}

	private void start() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/api/operations", exchange -> {
			var path = exchange.getRequestURI().getPath();
			byte[] answer;
			int code;
			if (exchange.getRequestMethod().equals("GET")) {
				code = 200;
				answer = ("[{\"id\":\"" + OPERATION + "\",\"name\":\"BALTIC GATE\",\"locations\":[\"FIHEL\",\"PLGDN\","
						+ "\"DKAAR\"],\"riskAreas\":[\"CIGARETTES\",\"ALCOHOL\"],\"transportModes\":[\"ROAD\"]}]")
					.getBytes(StandardCharsets.UTF_8);
			}
			else {
				var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
				posted.add("POST " + path + " key=" + exchange.getRequestHeaders().getFirst("Idempotency-Key") + " " + body);
				code = status.get();
				answer = "{}".getBytes(StandardCharsets.UTF_8);
			}
			exchange.sendResponseHeaders(code, answer.length);
			exchange.getResponseBody().write(answer);
			exchange.close();
		});
		server.start();
	}

	private static final class MutableClock extends Clock {

		private Instant now = Instant.parse("2026-11-30T12:00:00Z");

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}
	}
}
