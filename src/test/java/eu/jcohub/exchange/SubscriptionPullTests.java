package eu.jcohub.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationStatus;
import eu.jcohub.operations.OperationView;
import eu.jcohub.support.Api;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.TestAccounts;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A subscription pulls a calendar from an HTTP server on loopback that changes between pulls, then answers 304,
 * then 500, then a malformed file: each pull is applied whole or not at all, told in words, and nothing is lost
 * or duplicated.
 */
@IntegrationTest
class SubscriptionPullTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	OperationRegister register;

	private HttpServer server;
	private volatile int status = 200;
	private volatile String body = "";
	private volatile String etag;
	private final List<String> authorizations = new CopyOnWriteArrayList<>();
	private final List<String> conditions = new CopyOnWriteArrayList<>();

	@BeforeEach
	void startServer() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/calendar.ics", exchange -> {
			authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
			conditions.add(String.valueOf(exchange.getRequestHeaders().getFirst("If-None-Match")));
			var bytes = body.getBytes(StandardCharsets.UTF_8);
			if (etag != null) {
				exchange.getResponseHeaders().add("ETag", etag);
			}
			exchange.getResponseHeaders().add("Content-Type", "text/calendar; charset=utf-8");
			exchange.sendResponseHeaders(status, status == 304 ? -1 : bytes.length);
			if (status != 304) {
				exchange.getResponseBody().write(bytes);
			}
			exchange.close();
		});
		server.createContext("/loop", exchange -> {
			exchange.getResponseHeaders().add("Location", "/loop");
			exchange.sendResponseHeaders(302, -1);
			exchange.close();
		});
		server.createContext("/huge.ics", exchange -> {
			exchange.sendResponseHeaders(200, 0);
			var chunk = new byte[64 * 1024];
			java.util.Arrays.fill(chunk, (byte) 'x');
			try (var out = exchange.getResponseBody()) {
				for (int i = 0; i < 100; i++) {
					out.write(chunk);
				}
			}
			catch (IOException closedByTheClient) {
				// the client stops reading at the limit
			}
		});
		server.start();
	}

	@AfterEach
	void stopServer() {
		server.stop(0);
	}

	@Test
	void changesArriveByThemselvesAndFailuresChangeNothing() {
		var api = Api.as(port, accounts.secretariat());
		var created = api.post("/api/exchange/subscriptions", """
				{"name":"Frontex plans 74","url":"%s","organiser":"FRONTEX","pullMinutes":30,
				 "credentialKind":"BEARER","credential":"s3cret-token"}""".formatted(url("/calendar.ics")));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.body()).doesNotContain("s3cret-token");
		var id = created.json().get("id").asString();

		serve(200, "\"v1\"", calendar(event("a-74", 0, "20740301", "Sub Alpha"), event("b-74", 0, "20740501", "Sub Bravo")));
		var first = pull(api, id);
		assertThat(first.get("outcome").asString()).isEqualTo("CHANGED");
		assertThat(first.get("summary").asString()).contains("new: Sub Alpha, Sub Bravo");
		assertThat(authorizations).last().isEqualTo("Bearer s3cret-token");

		serve(200, "\"v2\"", calendar(event("a-74", 1, "20740310", "Sub Alpha"), event("c-74", 0, "20740601", "Sub Charlie")));
		var second = pull(api, id);
		assertThat(conditions).last().isEqualTo("\"v1\"");
		assertThat(second.get("summary").asString()).contains("new: Sub Charlie").contains("changed: Sub Alpha")
			.contains("cancelled: Sub Bravo");
		assertThat(operation("a-74").orElseThrow().plan().firstPhase().start()).isEqualTo(LocalDate.of(2074, 3, 10));
		assertThat(operation("b-74").orElseThrow().status()).isEqualTo(OperationStatus.CANCELLED);

		serve(304, "\"v2\"", "");
		assertThat(pull(api, id).get("outcome").asString()).isEqualTo("NOT_MODIFIED");
		assertThat(conditions).last().isEqualTo("\"v2\"");

		serve(500, null, "oops");
		var failed = pull(api, id);
		assertThat(failed.get("outcome").asString()).isEqualTo("FAILED");
		assertThat(failed.get("summary").asString()).contains("answered HTTP 500");
		var listed = api.get("/api/exchange/subscriptions").json();
		var mine = find(listed, id);
		assertThat(mine.get("failing").asBoolean()).isTrue();
		assertThat(mine.get("lastError").asString()).contains("HTTP 500");

		serve(200, "\"v3\"", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a-74\r\nDTSTART;VALUE=DATE:2074031");
		var malformed = pull(api, id);
		assertThat(malformed.get("outcome").asString()).isEqualTo("FAILED");
		assertThat(malformed.get("summary").asString()).contains("iCalendar");

		serve(200, "\"v2\"", calendar(event("a-74", 1, "20740310", "Sub Alpha"), event("c-74", 0, "20740601", "Sub Charlie")));
		var recovered = pull(api, id);
		assertThat(recovered.get("outcome").asString()).isEqualTo("UNCHANGED");
		assertThat(find(api.get("/api/exchange/subscriptions").json(), id).get("failing").asBoolean()).isFalse();
		assertThat(operationsNamed("Sub Alpha", "Sub Bravo", "Sub Charlie")).as("nothing lost or duplicated")
			.containsExactlyInAnyOrder("Sub Alpha", "Sub Bravo", "Sub Charlie");

		var history = api.get("/api/exchange/subscriptions/" + id + "/history").json();
		var outcomes = new ArrayList<String>();
		history.forEach(pull -> outcomes.add(pull.get("outcome").asString()));
		assertThat(outcomes).containsExactly("UNCHANGED", "FAILED", "FAILED", "NOT_MODIFIED", "CHANGED", "CHANGED");
	}

	@Test
	void aRedirectLoopAnOversizedFileAndAnUnreachableServerAreToldInWords() {
		var api = Api.as(port, accounts.secretariat());
		assertThat(pull(api, subscribe(api, url("/loop"))).get("summary").asString()).contains("redirects more than 5 times");
		assertThat(pull(api, subscribe(api, url("/huge.ics"))).get("summary").asString()).contains("larger than 5 MB");
		assertThat(pull(api, subscribe(api, "http://127.0.0.1:1/calendar.ics")).get("summary").asString())
			.contains("cannot be reached");
	}

	@Test
	void privateAddressesAreRefusedAndOthersSubscriptionsStayHidden() {
		var api = Api.as(port, accounts.secretariat());
		var refused = api.post("/api/exchange/subscriptions", """
				{"name":"Metadata","url":"http://169.254.169.254/latest/","organiser":"FRONTEX"}""");
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body()).contains("link-local");

		var id = subscribe(api, url("/calendar.ics"));
		var finn = Api.as(port, accounts.coordinatorFi());
		assertThat(finn.get("/api/exchange/subscriptions").body()).doesNotContain(id);
		assertThat(finn.get("/api/exchange/subscriptions/" + id + "/history").status()).isEqualTo(403);
		assertThat(finn.post("/api/exchange/subscriptions/" + id + "/pull", "").status()).isEqualTo(403);
		var notTheirs = finn.post("/api/exchange/subscriptions", """
				{"name":"Not mine","url":"%s","organiser":"FRONTEX"}""".formatted(url("/calendar.ics")));
		assertThat(notTheirs.status()).isEqualTo(403);
	}

	private String subscribe(Api api, String url) {
		var created = api.post("/api/exchange/subscriptions", """
				{"name":"Sub test","url":"%s","organiser":"FRONTEX"}""".formatted(url));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private JsonNode pull(Api api, String id) {
		var response = api.post("/api/exchange/subscriptions/" + id + "/pull", "");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	private void serve(int status, String etag, String body) {
		this.status = status;
		this.etag = etag;
		this.body = body;
	}

	private String url(String path) {
		return "http://127.0.0.1:" + server.getAddress().getPort() + path;
	}

	private Optional<OperationView> operation(String uid) {
		return accounts.as(accounts.secretariat(), () -> register.findByExternalId("FRONTEX", uid));
	}

	private List<String> operationsNamed(String... names) {
		var found = new ArrayList<String>();
		accounts.as(accounts.secretariat(), (Runnable) () -> register.list(eu.jcohub.operations.OperationFilter.between(
				LocalDate.of(2074, 1, 1), LocalDate.of(2074, 12, 31))).forEach(view -> {
					if (List.of(names).contains(view.plan().name())) {
						found.add(view.plan().name());
					}
				}));
		return found;
	}

	private static JsonNode find(JsonNode list, String id) {
		for (var one : list) {
			if (id.equals(one.get("id").asString())) {
				return one;
			}
		}
		throw new AssertionError("no subscription " + id + " in " + list);
	}

	private static String calendar(String... events) {
		return IcsSemanticsTests.calendar("", String.join("", events));
	}

	private static String event(String uid, int sequence, String day, String name) {
		return "BEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTAMP:20260101T000000Z\r\nSEQUENCE:" + sequence
				+ "\r\nDTSTART;VALUE=DATE:" + day + "\r\nDURATION:P3D\r\nSUMMARY:" + name + "\r\nEND:VEVENT\r\n";
	}
}
