package eu.jcohub.benchmark;

import eu.jcohub.JcoHubApplication;
import eu.jcohub.access.OperationRoles;
import eu.jcohub.seizures.CrashClients;
import eu.jcohub.seizures.SubmissionLoad;
import eu.jcohub.support.TestAccounts;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Field reports coming in, measured against baselines taken in the same run:
 * <ol>
 * <li><b>single</b>: 64 clients with personal API tokens submitting one control each time, with an Idempotency-Key,
 * to {@code POST /api/operations/{id}/reports}, alternating with the same clients sending the same requests to a bare
 * endpoint on the same server that inserts the same row with one SQL statement (added to the request mappings by
 * this benchmark only: {@link SubmissionLoad#registerBareEndpoint});</li>
 * <li><b>bulk</b>: batches of 1,000 through {@code POST /api/operations/{id}/reports/bulk}, then the same rows with a
 * raw JDBC batch insert into the same table, one transaction per batch;</li>
 * <li><b>feed</b>: received reports loaded with COPY, validated through the API at 1,000 per second while the OCU
 * follows {@code GET /api/operations/{id}/feed}: from validation to the event carrying it;</li>
 * <li><b>arrivals</b> (run before feed): the other reading of the target — reports arrive at 1,000 per second through
 * the bulk endpoint (batches every 100 ms) while the OCU validates at {@code validateRate} (20) per second; from
 * validation to the event as in feed;</li>
 * <li><b>crash</b>: the packaged application (package it first) in a process of its own, killed with SIGKILL three
 * times while clients submit single reports and bulk batches, and restarted on the same data directory; the clients
 * send again what was not acknowledged; at the end every acknowledged report must be there exactly once.</li>
 * </ol>
 * The first three run in this JVM, on a throwaway embedded PostgreSQL with fsync and synchronous commit on.
 * <p>
 * Run: {@code ./mvnw -B -P benchmark -DskipTests package exec:exec -Dbench.main=eu.jcohub.benchmark.SubmissionBenchmark}.
 * Options as {@code -Dbench.config=key=value;...}: {@code parts} (single,bulk,arrivals,feed,crash), {@code clients} (64),
 * {@code warmup} (5 s), {@code seconds} (15 s measured per round), {@code rounds} (2, each real and bare),
 * {@code batches} (10), {@code batch} (1000), {@code rate} (1000 per second: validations in feed, arrivals in arrivals), {@code validateRate} (20 per second in
 * arrivals), {@code feedSeconds} (15),
 * {@code kills} (3), {@code between} (8 s of submitting before each kill), {@code docs} (true), {@code pool} (the
 * in-process server's connection pool; the application's default when not given).
 */
public final class SubmissionBenchmark {

	private static final String START = "<!-- submission-results:start -->";
	private static final String END = "<!-- submission-results:end -->";
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Map<String, String> config;
	private final List<String> lines = new ArrayList<>();
	private final List<String> failures = new ArrayList<>();

	private SubmissionBenchmark(Map<String, String> config) {
		this.config = config;
	}

	public static void main(String[] args) throws Exception {
		var config = new HashMap<>(Map.ofEntries(Map.entry("parts", "single,bulk,arrivals,feed,crash"),
				Map.entry("clients", "64"), Map.entry("warmup", "5"), Map.entry("seconds", "15"),
				Map.entry("rounds", "2"), Map.entry("batches", "10"), Map.entry("batch", "1000"),
				Map.entry("rate", "1000"), Map.entry("validateRate", "20"), Map.entry("feedSeconds", "15"), Map.entry("kills", "3"),
				Map.entry("between", "8"), Map.entry("docs", "true")));
		for (var option : System.getProperty("bench.config", "").split(";")) {
			if (option.contains("=")) {
				config.put(option.substring(0, option.indexOf('=')).trim(), option.substring(option.indexOf('=') + 1).trim());
			}
		}
		var benchmark = new SubmissionBenchmark(config);
		long started = System.nanoTime();
		var loadBefore = loadAverage();
		try {
			benchmark.run();
		}
		catch (Exception | Error e) {
			// Ends the JVM: threads an application left behind must not keep a failed run waiting.
			e.printStackTrace();
			System.exit(2);
		}
		var report = benchmark.report(loadBefore, (System.nanoTime() - started) / 1_000_000_000L);
		System.out.println(report);
		if (Boolean.parseBoolean(config.get("docs"))) {
			write(Path.of(System.getProperty("bench.docs", "docs/benchmarks.md")), report);
		}
		benchmark.failures.forEach(failure -> System.out.println("FAILED: " + failure));
		System.exit(benchmark.failures.isEmpty() ? 0 : 1);
	}

	private int number(String name) {
		return Integer.parseInt(config.get(name));
	}

	private void run() throws Exception {
		var parts = List.of(config.get("parts").split(","));
		if (parts.contains("single") || parts.contains("bulk") || parts.contains("feed") || parts.contains("arrivals")) {
			inProcess(parts);
		}
		if (parts.contains("crash")) {
			crash();
		}
	}

	private void inProcess(List<String> parts) throws Exception {
		// As command-line arguments: the builder's default properties give way to application.properties, which
		// would put the server on port 8080 (where anything else on the machine may send it requests) and keep the
		// production rate limit and schedules.
		var arguments = new ArrayList<String>(List.of("--server.port=0", "--jcohub.db.ephemeral=true",
				"--jcohub.db.durable=true", "--jcohub.demo=false", "--logging.level.root=WARN", "--jcohub.coordination.simulator.enabled=false",
				"--jcohub.security.rate-limit.tokens-per-minute=100000", "--jcohub.retention.cron=-",
				"--jcohub.planning.reminder-cron=-", "--jcohub.followup.reminder-cron=-",
				"--jcohub.deconfliction.poll-interval=1h"));
		if (config.containsKey("pool")) {
			arguments.add("--jcohub.db.pool-size=" + config.get("pool"));
		}
		var context = new SpringApplicationBuilder(JcoHubApplication.class, TestAccounts.class)
			.run(arguments.toArray(String[]::new));
		try {
			int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "0"));
			var dataSource = context.getBean(DataSource.class);
			var setup = SubmissionLoad.setUp(port, context.getBean(TestAccounts.class), context.getBean(OperationRoles.class),
					JdbcClient.create(dataSource), 8);
			line("In-process server: " + settings(dataSource));
			var run = Long.toString(System.nanoTime());
			if (parts.contains("single")) {
				single(context, setup, run);
			}
			if (parts.contains("bulk")) {
				bulk(dataSource, setup, run);
			}
			if (parts.contains("arrivals")) {
				var under = SubmissionLoad.feedWhileReportsArrive(dataSource, setup, run, number("validateRate"),
						number("feedSeconds"), number("rate"));
				line(under.line());
				line(String.format(Locale.ROOT, "**(4b) Validation to the feed at %d validations/s while reports arrive at "
						+ "%,.0f/s: p99 %.1f ms from the validation sent, %.1f ms from its answer (target: under 200 ms; %s)**",
						under.feed().rate(), under.arrivedRate(), under.feed().fromSentP99(), under.feed().fromAnswerP99(),
						under.feed().fromSentP99() < 200 && under.feed().missing() == 0 ? "met" : "NOT met"));
			}
			if (parts.contains("feed")) {
				var feed = SubmissionLoad.feed(dataSource, setup, run, number("rate"), number("feedSeconds"));
				line(feed.line());
				line(String.format(Locale.ROOT, "**(4) Validation to the feed at %d/s: p99 %.1f ms from the validation sent, "
						+ "%.1f ms from its answer (target: under 200 ms; %s)**", feed.rate(), feed.fromSentP99(),
						feed.fromAnswerP99(), feed.fromSentP99() < 200 ? "met" : "NOT met"));
				if (feed.missing() > 0 || feed.failed() > 0) {
					// Reported, not failed: an overloaded server sheds load with 503 by design.
					line("Feed: " + feed.failed() + " validations were refused (see the first failure above) and "
							+ feed.missing() + " answered ones never showed on the feed within a minute");
				}
			}
		}
		finally {
			context.close();
		}
	}

	private void single(org.springframework.context.ApplicationContext context, SubmissionLoad.Setup setup, String run)
			throws Exception {
		var unregister = SubmissionLoad.registerBareEndpoint(context);
		var warmup = Duration.ofSeconds(number("warmup"));
		var measured = Duration.ofSeconds(number("seconds"));
		int clients = number("clients");
		long bare = 0;
		long real = 0;
		try {
			// Alternated, so that a change in the machine's load weighs on both alike.
			for (int round = 1; round <= number("rounds"); round++) {
				var b = SubmissionLoad.closedLoop("Bare insert endpoint, round " + round, clients, warmup, measured,
						SubmissionLoad.bare(setup, run + "-" + round));
				line(b.line());
				var r = SubmissionLoad.closedLoop("Submission endpoint, round " + round, clients, warmup, measured,
						SubmissionLoad.submissions(setup, run + "-" + round));
				line(r.line());
				bare += b.acknowledged();
				real += r.acknowledged();
			}
		}
		finally {
			unregister.run();
		}
		double share = bare == 0 ? 0 : 100.0 * real / bare;
		line(String.format(Locale.ROOT, "**(1) Single submissions: %,d acknowledged against %,d bare inserts in the same "
				+ "time: %.0f %% of the bare endpoint's throughput (target: at least 50 %%; %s)**", real, bare, share,
				share >= 50 ? "met" : "NOT met"));
	}

	private void bulk(DataSource dataSource, SubmissionLoad.Setup setup, String run) throws Exception {
		int batches = number("batches");
		int size = number("batch");
		// A first batch each, untimed: connections, compiled code and the table's pages warm for both.
		SubmissionLoad.bulk(setup, run + "-w", 1, size);
		SubmissionLoad.rawBatch(dataSource, setup, run + "-w", 1, size);
		var bulk = SubmissionLoad.bulk(setup, run, batches, size);
		line(bulk.line());
		var raw = SubmissionLoad.rawBatch(dataSource, setup, run, batches, size);
		line(raw.line());
		double share = 100.0 * bulk.perSecond() / raw.perSecond();
		line(String.format(Locale.ROOT, "**(2) Bulk ingestion: %,.0f reports/s against %,.0f for the raw batch insert: "
				+ "%.0f %% (target: at least 50 %%; %s)**", bulk.perSecond(), raw.perSecond(), share,
				share >= 50 ? "met" : "NOT met"));
	}

	/** The crash test on the packaged application: SIGKILL under clients, restart on the same data directory. */
	private void crash() throws Exception {
		var work = Files.createTempDirectory("jcohub-submission-crash");
		var data = work.resolve("data");
		var environment = Map.of("JCOHUB_SIMULATOR", "false");
		var jar = ResilienceBenchmark.Jar.start(data, environment);
		line(String.format(Locale.ROOT, "Crash test: first start (initdb, migrations, demo data) %,d ms", jar.awaitReady()));
		var base = new AtomicReference<>("http://localhost:" + jar.port);
		var tokens = List.of(token(base.get(), "officer.fi"), token(base.get(), "officer.pl"));
		var operation = balticGate(base.get());
		var reports = "/api/operations/" + operation + "/reports";
		var clients = new CrashClients(base::get, reports, tokens, Long.toString(System.nanoTime()));
		clients.start(4, 2, 50);
		var restarts = new ArrayList<Long>();
		for (int kill = 0; kill < number("kills"); kill++) {
			Thread.sleep(number("between") * 1000L);
			int before = clients.acknowledged().size();
			jar.kill();
			line("Crash test: SIGKILL " + (kill + 1) + " with " + before + " reports acknowledged so far");
			jar = ResilienceBenchmark.Jar.start(data, environment);
			base.set("http://localhost:" + jar.port);
			restarts.add(jar.awaitReady());
		}
		Thread.sleep(number("between") * 1000L);
		clients.stop(Duration.ofMinutes(2));
		var check = clients.check(base.get());
		line(String.format(Locale.ROOT, "Crash test: %d SIGKILLs, restarts to readiness %s ms; %,d submissions "
				+ "sent (%,d of them retries of what was not acknowledged) by 4 single and 2 bulk clients (batches of 50)",
				restarts.size(), restarts, clients.attempts(), clients.retries()));
		line(String.format(Locale.ROOT, "**(5) Crash test: %,d reports acknowledged, %,d found after the restarts; "
				+ "%d lost, %d duplicated; %d stored without their acknowledgement reaching the client; %d refused**",
				check.acknowledged(), check.found(), check.lost().size(), check.duplicated().size(),
				check.storedUnacknowledged(), clients.refused().size()));
		if (!check.exactlyOnce()) {
			failures.add("crash: lost " + check.lost() + ", duplicated " + check.duplicated());
		}
		if (!clients.refused().isEmpty()) {
			failures.add("crash: refused " + clients.refused().subList(0, Math.min(5, clients.refused().size())));
		}
		jar.terminate();
	}

	/** A personal API token of a demo account, issued as its owner does (HTTP Basic, once). */
	private static String token(String base, String username) throws Exception {
		var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/me/tokens"))
			.header("Authorization", basic(username))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Crash test\",\"scopes\":[\"READ\",\"WRITE\"],"
					+ "\"validityDays\":1}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 201) {
			throw new IllegalStateException("Token for " + username + ": " + response.statusCode() + " " + response.body());
		}
		return JSON.readTree(response.body()).get("token").asText();
	}

	/** The demo's running operation, which the demo's field officers report to. */
	private static String balticGate(String base) throws Exception {
		var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base
				+ "/api/operations?q=BALTIC+GATE")).header("Authorization", basic("officer.fi")).build(),
				HttpResponse.BodyHandlers.ofString());
		for (var operation : JSON.readTree(response.body())) {
			if (operation.path("name").asText().equals("BALTIC GATE")) {
				return operation.get("id").asText();
			}
		}
		throw new IllegalStateException("No BALTIC GATE in the demo: " + response.body());
	}

	private static String basic(String username) {
		return "Basic " + Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8));
	}

	private static String settings(DataSource dataSource) {
		var jdbc = JdbcClient.create(dataSource);
		return "PostgreSQL " + jdbc.sql("show server_version").query(String.class).single() + ", fsync "
				+ jdbc.sql("show fsync").query(String.class).single() + ", synchronous_commit "
				+ jdbc.sql("show synchronous_commit").query(String.class).single() + ", connection pool "
				+ ((com.zaxxer.hikari.HikariDataSource) dataSource).getMaximumPoolSize();
	}

	private void line(String text) {
		System.out.println("[bench " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "] " + text + " (load average "
				+ loadAverage() + ")");
		System.out.flush();
		lines.add(text + " (load average " + loadAverage() + ")");
	}

	private String report(String loadBefore, long seconds) {
		var text = new StringBuilder("### Run of ").append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append("\n\n");
		text.append("Machine: ").append(ResilienceBenchmark.machine()).append(". Load average (1, 5, 15 min) at the start: ")
			.append(loadBefore).append(", at the end: ").append(loadAverage()).append(". Whole run: ").append(seconds)
			.append(" s. Options: ").append(new TreeMap<>(config)).append(".\n\n");
		lines.forEach(line -> text.append("- ").append(line).append('\n'));
		failures.forEach(failure -> text.append("\n**Failed:** ").append(failure).append('\n'));
		return text.toString();
	}

	private static String loadAverage() {
		try {
			var parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return parts[0] + " " + parts[1] + " " + parts[2];
		}
		catch (IOException e) {
			return String.format(Locale.ROOT, "%.2f",
					java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		}
	}

	private static void write(Path document, String report) throws IOException {
		var text = Files.readString(document);
		if (!text.contains(START) || !text.contains(END)) {
			throw new IllegalStateException(document + " lacks the markers " + START + " and " + END);
		}
		Files.writeString(document, text.substring(0, text.indexOf(START) + START.length()) + "\n" + report + "\n"
				+ text.substring(text.indexOf(END)));
	}
}
