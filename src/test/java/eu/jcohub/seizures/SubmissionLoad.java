package eu.jcohub.seizures;

import eu.jcohub.access.OperationRoles;
import eu.jcohub.access.Role;
import eu.jcohub.support.TestAccounts;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * The load of the submission benchmark, shared by the benchmark ({@code SubmissionBenchmark}) and its smoke test:
 * clients submitting single reports over HTTP with personal API tokens, next to a bare endpoint on the same server
 * that inserts the same row with one SQL statement; bulk batches next to a raw JDBC batch insert of the same rows;
 * validations driven at a fixed rate while a client reads the live picture's event stream.
 */
public final class SubmissionLoad {

	/** Where the bare endpoint answers: registered only while a benchmark runs, never part of the application. */
	public static final String BARE_PATH = "/api/operations/{id}/benchmark-bare-reports";
	static final String OWNER = "FI-CUSTOMS";
	private static final JsonMapper JSON = JsonMapper.builder().build();
	// The row as the application stores a control: the same columns the bare endpoint and the raw batch fill.
	private static final String INSERT = """
			insert into seizure_reports (id, operation_id, reference, owner, seized_on, location_code, goods_category,
			    description, handling_code, reported_by, reported_at, version, type, phase, occurred_at, late,
			    transport_mode, controlled_kind, controlled_count, result, idempotency_key, state)
			values (?, ?, ?, ?, ?, 'FIHEL', null, ?, 'PARTICIPANTS', ?, ?, 0, 'CONTROL', 1, ?, false, 'ROAD', 'VEHICLES',
			    3, 'NOTHING_FOUND', ?, 'RECEIVED')
			on conflict (reported_by, idempotency_key) where idempotency_key is not null do nothing""";
	/** The body of every single report and bulk item: a control at Helsinki. */
	public static final String CONTROL = """
			{"type":"CONTROL","location":"FIHEL","transportMode":"ROAD","controlledKind":"VEHICLES","controlledCount":3,\
			"result":"NOTHING_FOUND","summary":"%s"}""";

	private SubmissionLoad() {
	}

	/** A running operation with its first phase open, field officers of Finland with tokens, the OCU's token. */
	public record Setup(int port, String operationId, List<String> officers, List<String> tokens, String ocuToken) {

		public String reports() {
			return "/api/operations/" + operationId + "/reports";
		}
	}

	public static Setup setUp(int port, TestAccounts accounts, OperationRoles roles, JdbcClient jdbc, int officers) {
		var running = FieldReporting.running(port, accounts, roles, jdbc);
		var names = new ArrayList<String>();
		var tokens = new ArrayList<String>();
		for (int i = 0; i < officers; i++) {
			var name = "t.sl.officer.fi." + i;
			accounts.ensure(name, OWNER, Role.FIELD_OFFICER);
			names.add(name);
			tokens.add(accounts.apiToken(name));
		}
		return new Setup(port, running.operationId, names, tokens, accounts.apiToken(FieldReporting.OCU));
	}

	/** One closed-loop run: how many answers per second, and how long each took. */
	public record Throughput(String name, int clients, double seconds, long acknowledged, long failed,
			double perSecond, double p50, double p99, double max, double loadBefore, double loadAfter,
			String firstFailure) {

		public String line() {
			return String.format(Locale.ROOT, "%s: %d clients, %.0f s, %,d acknowledged (%,d failed), %,.0f/s, p50 %.1f ms, "
					+ "p99 %.1f ms, max %.1f ms, load %.1f→%.1f%s", name, clients, seconds, acknowledged, failed,
					perSecond, p50, p99, max, loadBefore, loadAfter, firstFailure.isEmpty() ? "" : "; " + firstFailure);
		}
	}

	/** Requests to the real submission endpoint, each with a new Idempotency-Key, by client in turn. */
	public static IntFunction<HttpRequest> submissions(Setup setup, String run) {
		return i -> post(setup.port, setup.reports(), setup.tokens.get(i % setup.tokens.size()), "bench-" + run + "-" + i,
				CONTROL.formatted("Benchmark control " + i));
	}

	/** The same requests to the bare endpoint. */
	public static IntFunction<HttpRequest> bare(Setup setup, String run) {
		var path = BARE_PATH.replace("{id}", setup.operationId);
		return i -> post(setup.port, path, setup.tokens.get(i % setup.tokens.size()), "bare-" + run + "-" + i,
				CONTROL.formatted("Benchmark control " + i));
	}

	private static HttpRequest post(int port, String path, String token, String key, String body) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(60))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", key)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	/**
	 * {@code clients} threads, each sending its next request as soon as the last was answered; only answers that
	 * arrive within the measured window (after the warm-up) count. 201 is acknowledged, anything else failed.
	 */
	public static Throughput closedLoop(String name, int clients, Duration warmup, Duration measured,
			IntFunction<HttpRequest> requests) throws InterruptedException {
		var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		var next = new AtomicInteger();
		var failed = new AtomicLong();
		var firstFailure = new ConcurrentLinkedQueue<String>();
		long begin = System.nanoTime() + warmup.toNanos();
		long end = begin + measured.toNanos();
		var latencies = new long[clients][];
		var counts = new int[clients];
		var done = new CountDownLatch(clients);
		double loadBefore = load();
		for (int c = 0; c < clients; c++) {
			int client = c;
			var thread = new Thread(() -> {
				var mine = new long[1024];
				int n = 0;
				try {
					while (System.nanoTime() < end) {
						var request = requests.apply(next.getAndIncrement());
						long sent = System.nanoTime();
						int status;
						String body;
						try {
							var response = http.send(request, HttpResponse.BodyHandlers.ofString());
							status = response.statusCode();
							body = response.body();
						}
						catch (java.io.IOException e) {
							status = -1;
							body = e.toString();
						}
						long answered = System.nanoTime();
						if (sent < begin || answered > end) {
							continue;
						}
						if (status == 201) {
							if (n == mine.length) {
								mine = Arrays.copyOf(mine, n * 2);
							}
							mine[n++] = answered - sent;
						}
						else {
							failed.incrementAndGet();
							if (firstFailure.isEmpty()) {
								firstFailure.add("first failure: " + status + " " + abbreviate(body));
							}
						}
					}
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
				finally {
					latencies[client] = mine;
					counts[client] = n;
					done.countDown();
				}
			}, "bench-client-" + c);
			thread.setDaemon(true);
			thread.start();
		}
		done.await();
		var all = new long[Arrays.stream(counts).sum()];
		int at = 0;
		for (int c = 0; c < clients; c++) {
			System.arraycopy(latencies[c], 0, all, at, counts[c]);
			at += counts[c];
		}
		Arrays.sort(all);
		double seconds = measured.toNanos() / 1e9;
		return new Throughput(name, clients, seconds, all.length, failed.get(), all.length / seconds,
				millis(all, 0.5), millis(all, 0.99), all.length == 0 ? 0 : all[all.length - 1] / 1e6, loadBefore, load(),
				firstFailure.isEmpty() ? "" : firstFailure.peek());
	}

	/** A bulk or raw-batch run: reports stored per second. */
	public record Rate(String name, long reports, double seconds, double perSecond, double load) {

		public String line() {
			return String.format(Locale.ROOT, "%s: %,d reports in %.2f s, %,.0f reports/s, load %.1f", name, reports,
					seconds, perSecond, load);
		}
	}

	/** Batches of {@code size} controls, one after the other, through the bulk endpoint; every item must be created. */
	public static Rate bulk(Setup setup, String run, int batches, int size) throws Exception {
		var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		long started = System.nanoTime();
		for (int b = 0; b < batches; b++) {
			var items = new StringBuilder("[");
			for (int i = 0; i < size; i++) {
				var control = CONTROL.formatted("Bulk control " + b + "/" + i);
				items.append(i == 0 ? "" : ",").append("{\"idempotencyKey\":\"bulk-").append(run).append('-').append(b)
					.append('-').append(i).append("\",").append(control, 1, control.length());
			}
			var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + setup.port + setup.reports()
					+ "/bulk"))
				.timeout(Duration.ofMinutes(5))
				.header("Authorization", "Bearer " + setup.tokens.get(0))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(items.append(']').toString()))
				.build(), HttpResponse.BodyHandlers.ofString());
			int created = count(response.body(), "\"outcome\":\"CREATED\"");
			if (response.statusCode() != 200 || created != size) {
				throw new IllegalStateException("A bulk batch answered " + response.statusCode() + " with " + created
						+ " of " + size + " created: " + abbreviate(response.body()));
			}
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		return new Rate("Bulk endpoint", (long) batches * size, seconds, batches * size / seconds, load());
	}

	/**
	 * The floor under the bulk endpoint: the same rows inserted with a JDBC batch on one connection, one transaction
	 * (and one durable commit) per batch of {@code size}.
	 */
	public static Rate rawBatch(DataSource dataSource, Setup setup, String run, int batches, int size) throws Exception {
		long started = System.nanoTime();
		var operation = UUID.fromString(setup.operationId);
		try (var connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (var insert = connection.prepareStatement(INSERT)) {
				for (int b = 0; b < batches; b++) {
					for (int i = 0; i < size; i++) {
						bind(insert, operation, "RAW-" + run + "-" + b + "-" + i, setup.officers.get(0),
								"raw-" + run + "-" + b + "-" + i, "Bulk control " + b + "/" + i);
						insert.addBatch();
					}
					insert.executeBatch();
					connection.commit();
				}
			}
			finally {
				connection.setAutoCommit(true);
			}
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		return new Rate("Raw JDBC batch insert", (long) batches * size, seconds, batches * size / seconds, load());
	}

	private static void bind(java.sql.PreparedStatement insert, UUID operation, String reference, String reportedBy,
			String key, String summary) throws java.sql.SQLException {
		var now = Timestamp.from(Instant.now());
		insert.setObject(1, UUID.randomUUID());
		insert.setObject(2, operation);
		insert.setString(3, reference);
		insert.setString(4, OWNER);
		insert.setObject(5, LocalDate.now(ZoneOffset.UTC));
		insert.setString(6, summary);
		insert.setString(7, reportedBy);
		insert.setTimestamp(8, now);
		insert.setTimestamp(9, now);
		insert.setString(10, key);
	}

	/**
	 * The bare endpoint, added to a running application's request mappings (and removed by the returned action):
	 * authenticated like the real one, it reads the same JSON and inserts the same row with one SQL statement in
	 * autocommit, nothing else (no checks, no report number, no audit entry, no event).
	 */
	public static Runnable registerBareEndpoint(ApplicationContext context) throws NoSuchMethodException {
		var mapping = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
		var info = RequestMappingInfo.paths(BARE_PATH)
			.methods(RequestMethod.POST)
			.consumes("application/json")
			.options(mapping.getBuilderConfiguration())
			.build();
		mapping.registerMapping(info, new BareEndpoint(context.getBean(DataSource.class)),
				BareEndpoint.class.getMethod("insert", UUID.class, String.class, Map.class));
		return () -> mapping.unregisterMapping(info);
	}

	/** See {@link #registerBareEndpoint}. */
	public static final class BareEndpoint {

		private final JdbcClient jdbc;

		BareEndpoint(DataSource dataSource) {
			this.jdbc = JdbcClient.create(dataSource);
		}

		public ResponseEntity<Map<String, Object>> insert(@PathVariable("id") UUID operation,
				@RequestHeader("Idempotency-Key") String key, @RequestBody Map<String, Object> body) {
			var id = UUID.randomUUID();
			var now = Timestamp.from(Instant.now());
			var reportedBy = SecurityContextHolder.getContext().getAuthentication().getName();
			int inserted = jdbc.sql(INSERT)
				.params(id, operation, "BARE-" + id, OWNER, LocalDate.now(ZoneOffset.UTC), String.valueOf(body.get("summary")),
						reportedBy, now, now, key)
				.update();
			return ResponseEntity.status(inserted == 1 ? 201 : 200).body(Map.of("id", id));
		}
	}

	/** Latency from validation to the live picture's event, at a fixed rate of validations. */
	public record FeedLatency(int rate, int validations, double seconds, double achievedRate, long failed,
			double fromSentP50, double fromSentP99, double fromSentMax, double fromAnswerP50, double fromAnswerP99,
			double validateP99, long events, long missing, double load, String firstFailure) {

		public String line() {
			return String.format(Locale.ROOT, "Feed: %,d validations at %d/s (achieved %,.0f/s, %d failed), %,d events; "
					+ "validation sent → event p50 %.1f ms, p99 %.1f ms, max %.1f ms; answered → event p50 %.1f ms, p99 %.1f "
					+ "ms; validate answer p99 %.1f ms; %d never seen; load %.1f", validations, rate, achievedRate, failed,
					events, fromSentP50, fromSentP99, fromSentMax, fromAnswerP50, fromAnswerP99, validateP99, missing, load)
					+ (firstFailure.isEmpty() ? "" : "; first failure: " + firstFailure);
		}
	}

	/**
	 * Loads {@code rate × seconds} received controls with COPY, follows the feed as the OCU, then validates them
	 * through the API at {@code rate} per second (open loop: a validation is sent on time whatever the answers before
	 * it). The figures carry the count of validated reports, not which ones; so a report counts as arrived with the
	 * first event whose count reaches the number of validations sent up to its answer: then every validation sent
	 * before it, itself included, is in the figures. This bounds its latency from above.
	 */
	public static FeedLatency feed(DataSource dataSource, Setup setup, String run, int rate, int seconds)
			throws Exception {
		int total = rate * seconds;
		var ids = preload(dataSource, setup, run, total);
		var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		var arrivals = new ConcurrentLinkedQueue<long[]>();
		var stream = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + setup.port + "/api/operations/"
				+ setup.operationId + "/feed?seconds=900"))
			.header("Authorization", "Bearer " + setup.ocuToken)
			.header("Accept", "text/event-stream")
			.build(), HttpResponse.BodyHandlers.ofLines());
		if (stream.statusCode() != 200) {
			throw new IllegalStateException("The feed answered " + stream.statusCode());
		}
		var reader = new Thread(() -> stream.body().forEach(line -> {
			long at = System.nanoTime();
			if (line.startsWith("data:")) {
				arrivals.add(new long[] { at, JSON.readTree(line.substring("data:".length())).get("reports").asLong() });
			}
		}), "bench-feed-reader");
		reader.setDaemon(true);
		reader.start();
		long waiting = System.nanoTime();
		while (arrivals.isEmpty() && System.nanoTime() - waiting < TimeUnit.SECONDS.toNanos(30)) {
			Thread.sleep(10);
		}
		if (arrivals.isEmpty()) {
			throw new IllegalStateException("No first event on the feed");
		}
		long before = arrivals.peek()[1];

		var sent = new long[total];
		var answered = new long[total];
		var failed = new AtomicLong();
		var firstFailure = new ConcurrentLinkedQueue<String>();
		var finished = new CountDownLatch(total);
		var clock = Executors.newSingleThreadScheduledExecutor();
		var next = new AtomicInteger();
		long period = 1_000_000_000L / rate;
		long start = System.nanoTime();
		var ticker = clock.scheduleAtFixedRate(() -> {
			// A late tick sends every validation that is due, so the rate holds on average.
			long due = Math.min(total, (System.nanoTime() - start) / period + 1);
			for (int k = next.get(); k < due; k = next.get()) {
				if (!next.compareAndSet(k, k + 1)) {
					continue;
				}
				int index = k;
				sent[index] = System.nanoTime();
				http.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + setup.port + "/api/reports/"
						+ ids.get(index) + "/validate"))
					.timeout(Duration.ofSeconds(60))
					.header("Authorization", "Bearer " + setup.ocuToken)
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{}"))
					.build(), HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
						answered[index] = System.nanoTime();
						if (error != null || response.statusCode() != 200) {
							if (failed.incrementAndGet() == 1) {
								firstFailure.add(error != null ? error.toString()
										: response.statusCode() + " " + abbreviate(response.body()));
							}
							answered[index] = -1;
						}
						finished.countDown();
					});
			}
		}, 0, Math.max(1, period / 2), TimeUnit.NANOSECONDS);
		finished.await(seconds + 300L, TimeUnit.SECONDS);
		ticker.cancel(false);
		clock.shutdown();
		long lastSent = Arrays.stream(sent).max().orElse(start);
		double achieved = total / ((lastSent - start) / 1e9 + 1.0 / rate);
		long expected = before + total - failed.get();
		waiting = System.nanoTime();
		while (last(arrivals) < expected && System.nanoTime() - waiting < TimeUnit.SECONDS.toNanos(60)) {
			Thread.sleep(20);
		}
		var events = arrivals.toArray(long[][]::new);
		var sortedSent = sent.clone();
		Arrays.sort(sortedSent);
		var fromSent = new ArrayList<Long>();
		var fromAnswer = new ArrayList<Long>();
		var validate = new ArrayList<Long>();
		long missing = 0;
		for (int k = 0; k < total; k++) {
			if (answered[k] < 0) {
				continue;
			}
			validate.add(answered[k] - sent[k]);
			long needed = before + upTo(sortedSent, answered[k]);
			long arrival = firstReaching(events, needed);
			if (arrival < 0) {
				missing++;
				continue;
			}
			fromSent.add(arrival - sent[k]);
			fromAnswer.add(Math.max(0, arrival - answered[k]));
		}
		var s = sorted(fromSent);
		var a = sorted(fromAnswer);
		var v = sorted(validate);
		return new FeedLatency(rate, total, seconds, achieved, failed.get(), millis(s, 0.5), millis(s, 0.99),
				s.length == 0 ? 0 : s[s.length - 1] / 1e6, millis(a, 0.5), millis(a, 0.99), millis(v, 0.99), events.length,
				missing, load(), firstFailure.isEmpty() ? "" : firstFailure.peek());
	}

	/** The feed measured while reports arrive, and how many arrived how fast. */
	public record FeedUnderArrivals(FeedLatency feed, int arrivalsPerSecond, long arrived, double arrivedRate,
			long arrivalFailures) {

		public String line() {
			return String.format(Locale.ROOT, "%s; meanwhile %,d reports arrived through the bulk endpoint (%,.0f/s of "
					+ "%,d/s asked, %d batches failed)", feed.line(), arrived, arrivedRate, arrivalsPerSecond, arrivalFailures);
		}
	}

	/**
	 * The other reading of the feed target: reports arrive at {@code arrivalsPerSecond} (bulk batches every 100 ms from
	 * the field officers, in the background) while the OCU validates at {@code validationsPerSecond}; the latency
	 * from validation to the feed as {@link #feed} measures it.
	 */
	public static FeedUnderArrivals feedWhileReportsArrive(DataSource dataSource, Setup setup, String run,
			int validationsPerSecond, int seconds, int arrivalsPerSecond) throws Exception {
		var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		int perBatch = Math.max(1, arrivalsPerSecond / 10);
		var arrived = new AtomicLong();
		var failures = new AtomicLong();
		var batchNumber = new AtomicInteger();
		var arrivals = Executors.newScheduledThreadPool(4);
		long started = System.nanoTime();
		arrivals.scheduleAtFixedRate(() -> {
			int b = batchNumber.getAndIncrement();
			var items = new StringBuilder("[");
			for (int i = 0; i < perBatch; i++) {
				var control = CONTROL.formatted("Arriving control " + b + "/" + i);
				items.append(i == 0 ? "" : ",").append("{\"idempotencyKey\":\"arrive-").append(run).append('-').append(b)
					.append('-').append(i).append("\",").append(control, 1, control.length());
			}
			http.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + setup.port + setup.reports() + "/bulk"))
				.timeout(Duration.ofSeconds(60))
				.header("Authorization", "Bearer " + setup.tokens.get(b % setup.tokens.size()))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(items.append(']').toString()))
				.build(), HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
					if (error == null && response.statusCode() == 200) {
						arrived.addAndGet(count(response.body(), "\"outcome\":\"CREATED\""));
					}
					else {
						failures.incrementAndGet();
					}
				});
		}, 0, 100, TimeUnit.MILLISECONDS);
		try {
			// Two seconds of arrivals before the first validation, so that it meets a server already busy with them.
			Thread.sleep(2000);
			var feed = feed(dataSource, setup, run + "-arrivals", validationsPerSecond, seconds);
			double elapsed = (System.nanoTime() - started) / 1e9;
			return new FeedUnderArrivals(feed, arrivalsPerSecond, arrived.get(), arrived.get() / elapsed, failures.get());
		}
		finally {
			arrivals.shutdownNow();
		}
	}

	/** Received controls of phase 1 loaded with COPY, as the field officers would have sent them; their ids. */
	private static List<UUID> preload(DataSource dataSource, Setup setup, String run, int count) throws Exception {
		var ids = new ArrayList<UUID>(count);
		var rows = new StringBuilder();
		var now = Instant.now().toString();
		var today = LocalDate.now(ZoneOffset.UTC);
		for (int i = 0; i < count; i++) {
			var id = UUID.randomUUID();
			ids.add(id);
			rows.append(id).append('\t').append(setup.operationId).append("\tFEED-").append(run).append('-').append(i)
				.append('\t').append(OWNER).append('\t').append(today).append("\tFIHEL\tFeed control ").append(i)
				.append("\tPARTICIPANTS\t").append(setup.officers.get(i % setup.officers.size())).append('\t').append(now)
				.append("\tCONTROL\t1\t").append(now).append("\tROAD\tVEHICLES\t3\tNOTHING_FOUND\tRECEIVED\n");
		}
		try (var connection = dataSource.getConnection()) {
			connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
					copy seizure_reports (id, operation_id, reference, owner, seized_on, location_code, description,
					    handling_code, reported_by, reported_at, type, phase, occurred_at, transport_mode, controlled_kind,
					    controlled_count, result, state) from stdin""", new StringReader(rows.toString()));
		}
		return ids;
	}

	private static long last(ConcurrentLinkedQueue<long[]> arrivals) {
		long last = -1;
		for (var arrival : arrivals) {
			last = Math.max(last, arrival[1]);
		}
		return last;
	}

	/** How many of the sorted times are at or before {@code at}. */
	private static int upTo(long[] sorted, long at) {
		int low = 0;
		int high = sorted.length;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (sorted[middle] <= at) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

	/** The arrival of the first event whose count reaches {@code needed} (counts only grow); -1 if none did. */
	private static long firstReaching(long[][] events, long needed) {
		int low = 0;
		int high = events.length;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (events[middle][1] >= needed) {
				high = middle;
			}
			else {
				low = middle + 1;
			}
		}
		return low < events.length ? events[low][0] : -1;
	}

	private static long[] sorted(List<Long> values) {
		var array = values.stream().mapToLong(Long::longValue).toArray();
		Arrays.sort(array);
		return array;
	}

	private static double millis(long[] sortedNanos, double quantile) {
		if (sortedNanos.length == 0) {
			return 0;
		}
		return sortedNanos[Math.min(sortedNanos.length - 1, (int) Math.ceil(quantile * sortedNanos.length) - 1)] / 1e6;
	}

	static int count(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
			count++;
		}
		return count;
	}

	static String abbreviate(String text) {
		return text.length() > 300 ? text.substring(0, 300) + "…" : text;
	}

	public static double load() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}
}
