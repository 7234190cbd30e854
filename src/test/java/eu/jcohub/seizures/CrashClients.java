package eu.jcohub.seizures;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import tools.jackson.databind.json.JsonMapper;

/**
 * Field officers' devices that keep submitting controls, one at a time and in bulk batches, each with its
 * idempotency key, and that send again with the same key whatever was not acknowledged (no answer, a 5xx, a 429):
 * the load of the crash test, in which the server is killed under them. {@link #check} then reads the operation's
 * reports back and counts each acknowledged key.
 */
public final class CrashClients {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private final Supplier<String> base;
	private final String reports;
	private final List<String> tokens;
	private final String run;
	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2)).build();
	private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
	private final ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();
	private final AtomicLong attempts = new AtomicLong();
	private final AtomicLong retries = new AtomicLong();
	private final List<Thread> threads = new ArrayList<>();
	private volatile boolean stopping;
	private volatile long giveUpAt = Long.MAX_VALUE;

	/**
	 * @param base where the server answers now ({@code http://localhost:port}); it moves when a restart takes
	 * another port
	 * @param reports the operation's reports path, {@code /api/operations/{id}/reports}
	 * @param tokens the officers' personal API tokens, one per client in turn
	 */
	public CrashClients(Supplier<String> base, String reports, List<String> tokens, String run) {
		this.base = base;
		this.reports = reports;
		this.tokens = List.copyOf(tokens);
		this.run = run;
	}

	/** Starts {@code singles} clients sending one report at a time and {@code bulks} sending batches of {@code size}. */
	public void start(int singles, int bulks, int size) {
		for (int c = 0; c < singles + bulks; c++) {
			int client = c;
			var token = tokens.get(c % tokens.size());
			var thread = new Thread(() -> {
				for (int i = 0; !stopping; i++) {
					var prefix = "crash-" + run + "-" + client + "-" + i;
					if (client < singles) {
						single(token, prefix);
					}
					else {
						batch(token, prefix, size);
					}
				}
			}, "crash-client-" + c);
			thread.setDaemon(true);
			threads.add(thread);
			thread.start();
		}
	}

	/** Stops sending new reports; what is pending goes on being retried for at most {@code patience}. */
	public void stop(Duration patience) throws InterruptedException {
		giveUpAt = System.nanoTime() + patience.toNanos();
		stopping = true;
		for (var thread : threads) {
			thread.join();
		}
	}

	public Set<String> acknowledged() {
		return Set.copyOf(acknowledged);
	}

	public List<String> refused() {
		return List.copyOf(refused);
	}

	public long attempts() {
		return attempts.get();
	}

	public long retries() {
		return retries.get();
	}

	private void single(String token, String key) {
		var body = SubmissionLoad.CONTROL.formatted("Crash " + key);
		var answer = untilAnswered(token, reports, key, body);
		if (answer == null) {
			return;
		}
		if (answer.statusCode() == 200 || answer.statusCode() == 201) {
			acknowledged.add(key);
		}
		else {
			refused.add(key + ": " + answer.statusCode() + " " + SubmissionLoad.abbreviate(answer.body()));
		}
	}

	private void batch(String token, String prefix, int size) {
		var items = new StringBuilder("[");
		for (int i = 0; i < size; i++) {
			var key = prefix + "-" + i;
			var control = SubmissionLoad.CONTROL.formatted("Crash " + key);
			items.append(i == 0 ? "" : ",").append("{\"idempotencyKey\":\"").append(key).append("\",")
				.append(control, 1, control.length());
		}
		var answer = untilAnswered(token, reports + "/bulk", null, items.append(']').toString());
		if (answer == null) {
			return;
		}
		if (answer.statusCode() != 200) {
			refused.add(prefix + ": " + answer.statusCode() + " " + SubmissionLoad.abbreviate(answer.body()));
			return;
		}
		int answeredItems = 0;
		for (var item : JSON.readTree(answer.body())) {
			answeredItems++;
			var key = prefix + "-" + (item.get("row").asInt() - 1);
			var outcome = item.get("outcome").asText();
			if (outcome.equals("CREATED") || outcome.equals("DUPLICATE")) {
				acknowledged.add(key);
			}
			else {
				refused.add(key + ": " + outcome + " " + item.get("errors"));
			}
		}
		if (answeredItems != size) {
			refused.add(prefix + ": " + answeredItems + " of " + size + " items answered");
		}
	}

	/**
	 * Sends until an answer that is not "try again" arrives: no answer (the server is gone or starting), 5xx and
	 * 429 are tried again with the same key and body. Null when the patience after {@link #stop} ran out.
	 */
	private HttpResponse<String> untilAnswered(String token, String path, String key, String body) {
		for (int attempt = 0; System.nanoTime() < giveUpAt; attempt++) {
			if (attempt > 0) {
				retries.incrementAndGet();
				pause(200);
			}
			attempts.incrementAndGet();
			var request = HttpRequest.newBuilder(URI.create(base.get() + path))
				.timeout(Duration.ofSeconds(30))
				.header("Authorization", "Bearer " + token)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body));
			if (key != null) {
				request.header("Idempotency-Key", key);
			}
			try {
				var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() < 500 && response.statusCode() != 429) {
					return response;
				}
			}
			catch (IOException e) {
				// no answer: the server was killed or is not back yet
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return null;
			}
		}
		return null;
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** What the server holds of the clients' reports: every acknowledged key once, none twice. */
	public record Check(int acknowledged, int found, List<String> lost, List<String> duplicated,
			int storedUnacknowledged) {

		public boolean exactlyOnce() {
			return lost.isEmpty() && duplicated.isEmpty();
		}
	}

	/** Reads the operation's reports with each token (an officer sees their administration's) and counts the keys. */
	public Check check(String baseNow) throws IOException, InterruptedException {
		// Officers of one administration read the same reports: each report counts once, by its id.
		var byId = new HashMap<String, String>();
		var seen = new HashMap<String, Integer>();
		var reading = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		var read = new HashSet<String>();
		for (var token : tokens) {
			if (!read.add(token)) {
				continue;
			}
			var response = reading.send(HttpRequest.newBuilder(URI.create(baseNow + reports + "?type=CONTROL"))
				.timeout(Duration.ofMinutes(2)).header("Authorization", "Bearer " + token).build(),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("Reading the reports answered " + response.statusCode());
			}
			for (var report : JSON.readTree(response.body())) {
				var summary = report.path("summary").asText("");
				if (summary.startsWith("Crash crash-" + run + "-")) {
					byId.put(report.get("id").asText(), summary.substring("Crash ".length()));
				}
			}
		}
		byId.values().forEach(key -> seen.merge(key, 1, Integer::sum));
		var acknowledgedNow = acknowledged();
		var lost = acknowledgedNow.stream().filter(key -> !seen.containsKey(key)).sorted().toList();
		var duplicated = seen.entrySet().stream().filter(entry -> entry.getValue() > 1)
			.map(Map.Entry::getKey).sorted().toList();
		int found = (int) acknowledgedNow.stream().filter(seen::containsKey).count();
		int unacknowledged = (int) seen.keySet().stream().filter(key -> !acknowledgedNow.contains(key)).count();
		return new Check(acknowledgedNow.size(), found, lost, duplicated, unacknowledged);
	}
}
