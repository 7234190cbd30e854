package eu.jcohub.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.access.Role;
import eu.jcohub.shared.OperationId;
import eu.jcohub.support.Api;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.Plans;
import eu.jcohub.support.TestAccounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The live feed over a real HTTP connection: the figures now on connecting, then new figures as soon as a report is
 * validated.
 */
@IntegrationTest
class FeedTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	private OperationId operation;

	@BeforeEach
	void runningOperation() {
		accounts.ensure("t.fd.leader.dk", "DK-CUSTOMS", Role.OPERATION_LEADER);
		accounts.ensure("t.fd.officer.fi", "FI-CUSTOMS", Role.FIELD_OFFICER);
		var created = Api.as(port, "t.fd.leader.dk").post("/api/operations", Plans.json("FD-" + System.nanoTime(),
				"DK-CUSTOMS", "DK", List.of("FI"), List.of("CIGARETTES"), List.of("ROAD"), TODAY.minusDays(2),
				TODAY.plusDays(4)));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		operation = new OperationId(UUID.fromString(created.json().get("id").asText()));
	}

	@Test
	void aValidatedReportReachesTheFeedAtOnce() throws Exception {
		var received = new LinkedBlockingQueue<String>();
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/operations/"
				+ operation.value() + "/feed?seconds=30"))
			.header("Authorization", "Basic " + Api.basicCredentials("t.fd.officer.fi", TestAccounts.PASSWORD))
			.header("Accept", "text/event-stream")
			.build();
		var client = HttpClient.newHttpClient();
		var response = client.send(request, HttpResponse.BodyHandlers.ofLines());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
		var reader = reading(() -> response.body()
			.filter(line -> line.startsWith("data:"))
			.forEach(line -> received.add(line.substring("data:".length()))));

		var first = next(received, 5);
		assertThat(first.get("reports").asLong()).as("the figures now, on connecting").isZero();

		var validated = System.nanoTime();
		new ValidatedReports(events, transactions).publish(ValidatedReports.seizure(operation, 1, TODAY, "FI-CUSTOMS",
				"FIHEL", "ROAD", "CIGARETTES", null, "800", "STICKS", "240"));
		var update = next(received, 3);
		long millis = Duration.ofNanos(System.nanoTime() - validated).toMillis();
		assertThat(update.get("reports").asLong()).isEqualTo(1);
		assertThat(update.get("total").get("seizures").asLong()).isEqualTo(1);
		assertThat(update.get("perLocation").get(0).get("label").asText()).contains("Helsinki");
		// The picture must move within a second; the bound leaves room for a loaded build machine.
		assertThat(millis).as("milliseconds from validation to the feed").isLessThan(3000);
		reader.interrupt();
	}

	private static JsonNode next(BlockingQueue<String> received, int seconds) throws Exception {
		var data = received.poll(seconds, TimeUnit.SECONDS);
		assertThat(data).as("an event within " + seconds + " s").isNotNull();
		return JSON.readTree(data);
	}

	/** Reads the stream on a thread of its own, which the test leaves behind when done. */
	private static Thread reading(Runnable work) {
		var thread = new Thread(work, "feed-reader");
		thread.setDaemon(true);
		thread.start();
		return thread;
	}
}
