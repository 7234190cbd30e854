package eu.jcohub.benchmark;

import eu.jcohub.JcoHubApplication;
import eu.jcohub.shared.RecordChanged;
import eu.jcohub.shared.RecordKind;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What an operator sees when things go wrong, measured on the packaged application ({@code target/jcohub-*.jar},
 * package it first) as an operator runs it:
 * <ul>
 * <li>the restart after SIGKILL (the usual way, the watchdog stopping the embedded PostgreSQL; and the way where a
 * server was left running and the next start stops it), and the stop after SIGTERM;</li>
 * <li>backup (the download) and restore (the {@code --restore} command, from JVM start to exit) of the demo data and
 * of 100,000 operations, each with its audit entry;</li>
 * <li>an outage of an external PostgreSQL: what a client polling every 200 ms gets while it is stopped for 20
 * seconds, and how soon after its return requests are served again.</li>
 * </ul>
 * The 100,000 operations are copies of the demo's, inserted in batches with SQL, each with an audit entry appended by
 * the application itself (a chain that verifies), inside the application started in this JVM.
 * <p>
 * Run: {@code ./mvnw -B -DskipTests package && ./mvnw -P benchmark test-compile exec:exec
 * -Dbench.main=eu.jcohub.benchmark.ResilienceBenchmark} (about 15 minutes on 2 cores). Options, as
 * {@code -Dbench.config=key=value;...}: {@code operations} (100000), {@code restarts} (3), {@code docs} (false: do
 * not write docs/benchmarks.md).
 */
public final class ResilienceBenchmark {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
	private static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes());
	private static final String LEADER = "Basic " + Base64.getEncoder().encodeToString("leader.dk:demo".getBytes());
	private static final Pattern RESTORED = Pattern.compile("Restored (\\d+) tables \\((\\d+) rows\\).* in (\\d+) ms");
	private static final String START = "<!-- resilience-results:start -->";
	private static final String END = "<!-- resilience-results:end -->";

	private final Map<String, String> config;
	private final Path work;
	private final List<String> rows = new ArrayList<>();
	private final List<String> outage = new ArrayList<>();

	private ResilienceBenchmark(Map<String, String> config, Path work) {
		this.config = config;
		this.work = work;
	}

	public static void main(String[] args) throws Exception {
		var config = new HashMap<String, String>(Map.of("operations", "100000", "restarts", "3", "docs", "true"));
		var given = System.getProperty("bench.config", "");
		for (var option : given.split(";")) {
			if (option.contains("=")) {
				config.put(option.substring(0, option.indexOf('=')).trim(), option.substring(option.indexOf('=') + 1).trim());
			}
		}
		var work = Files.createTempDirectory("jcohub-resilience-bench");
		var benchmark = new ResilienceBenchmark(config, work);
		var started = System.nanoTime();
		benchmark.run();
		var report = benchmark.report(ms(started) / 1000);
		System.out.println(report);
		if (Boolean.parseBoolean(config.get("docs"))) {
			write(Path.of(System.getProperty("bench.docs", "docs/benchmarks.md")), report);
		}
		System.exit(0);
	}

	private void run() throws Exception {
		demo();
		large();
		outage();
	}

	/** The demo instance: first start, backup, restore, restarts after SIGKILL, stop after SIGTERM. */
	private void demo() throws Exception {
		var data = work.resolve("demo");
		var first = Jar.start(data, Map.of());
		long ready = first.awaitReady();
		row("First start on an empty data directory (initdb, migrations, demo data loaded), to readiness UP", ready,
				"");

		var backup = work.resolve("demo-backup.zip");
		var took = new ArrayList<Long>();
		for (int i = 0; i < 3; i++) {
			took.add(download(first.port, backup));
		}
		row("Backup of the demo data (GET /api/admin/backup, " + kib(backup) + "), median of 3", median(took), "");
		restore(backup, "demo");

		var running = first;
		var restarts = new ArrayList<Long>();
		for (int i = 0; i < Integer.parseInt(config.get("restarts")); i++) {
			writeSome(running, 20);
			running.kill();
			running = Jar.start(data, Map.of());
			restarts.add(running.awaitReady());
		}
		row("Restart after SIGKILL mid-write (the watchdog stopped the embedded PostgreSQL), to readiness UP",
				median(restarts), "median of " + restarts.size() + ": " + restarts + " ms");

		running.killWithWatchdog();
		running = Jar.start(data, Map.of());
		row("Restart after SIGKILL of the JVM and its watchdog (the next start stops the PostgreSQL left running), "
				+ "to readiness UP", running.awaitReady(), "");

		row("Stop after SIGTERM (graceful: requests, scheduler, embedded PostgreSQL), to process exit",
				running.terminate(), "");
	}

	/** 100,000 operations with their audit entries: backup, restore, and a restart after SIGKILL with them. */
	private void large() throws Exception {
		int operations = Integer.parseInt(config.get("operations"));
		var data = work.resolve("large");
		var port = freePort();
		long generating = System.nanoTime();
		var backup = work.resolve("large-backup.zip");
		try (var application = new SpringApplicationBuilder(JcoHubApplication.class).run("--server.port=" + port,
				"--jcohub.db.data-dir=" + data, "--jcohub.backup.cron=-", "--jcohub.audit.check-cron=-",
				"--logging.level.root=WARN")) {
			awaitReady(port, Duration.ofMinutes(5));
			generate(application, operations);
			log("generated " + operations + " operations in " + ms(generating) / 1000 + " s");
			var took = new ArrayList<Long>();
			for (int i = 0; i < 2; i++) {
				took.add(download(port, backup));
			}
			row("Backup of " + String.format(Locale.ROOT, "%,d", operations) + " operations and their audit entries ("
					+ kib(backup) + "), median of 2", median(took), "");
		}
		var restored = restore(backup, "large");
		var instance = Jar.start(restored, Map.of());
		row("First start on the restored " + String.format(Locale.ROOT, "%,d", operations) + " operations, to readiness UP",
				instance.awaitReady(), "");
		writeSome(instance, 20);
		instance.kill();
		var again = Jar.start(restored, Map.of());
		row("Restart after SIGKILL with " + String.format(Locale.ROOT, "%,d", operations) + " operations, to readiness UP",
				again.awaitReady(), "");
		again.terminate();
	}

	private static void generate(ConfigurableApplicationContext application, int operations) {
		var jdbc = application.getBean(JdbcClient.class);
		var transactions = application.getBean(TransactionTemplate.class);
		var events = application.getBean(ApplicationEventPublisher.class);
		var kind = new RecordKind("operation");
		var batch = 1000;
		for (int done = 0; done < operations; done += batch) {
			int offset = done;
			transactions.executeWithoutResult(status -> {
				var created = jdbc.sql("""
						insert into operations (id, name, type, organiser, lead_country, participants,
						  partner_organisations, competence, domain, contact_point, risk_areas, transport_modes, locations,
						  phases, objectives, status, handling_code, first_known, created_by)
						select gen_random_uuid(), o.name || ' #' || (? + g), o.type, o.organiser, o.lead_country,
						  o.participants, o.partner_organisations, o.competence, o.domain, o.contact_point, o.risk_areas,
						  o.transport_modes, o.locations, o.phases, o.objectives, o.status, o.handling_code,
						  o.first_known, o.created_by
						from generate_series(1, ?) g
						join lateral (select * from operations where name not like '% #%'
						              order by id offset (g % 200) limit 1) o on true
						returning id, name, organiser""")
					.params(offset, batch)
					.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
					.list();
				for (var operation : created) {
					events.publishEvent(RecordChanged.created(kind, operation[0],
							Map.of("name", operation[1], "organiser", operation[2])).ownedBy(operation[2])
						.labelled(operation[1]));
				}
			});
		}
	}

	/** An external PostgreSQL stopped for 20 s under a running instance, polled every 200 ms. */
	private void outage() throws Exception {
		var directory = work.resolve("external");
		var database = EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(false)
			.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on").start();
		var dbPort = database.getPort();
		var url = "jdbc:postgresql://localhost:" + dbPort + "/postgres";
		var instance = Jar.start(work.resolve("external-app"), Map.of("JCOHUB_DB_URL", url, "JCOHUB_DB_USER", "postgres",
				"JCOHUB_DEMO", "true"));
		instance.awaitReady();
		writeSome(instance, 5);
		database.close();
		long stopped = System.nanoTime();
		var samples = new ArrayList<String>();
		var statuses = new java.util.TreeMap<Integer, Integer>();
		long slowest = 0;
		while (ms(stopped) < 20_000) {
			long asked = System.nanoTime();
			var answer = get(instance.port, "/api/operations", LEADER);
			long took = ms(asked);
			slowest = Math.max(slowest, took);
			statuses.merge(answer.statusCode(), 1, Integer::sum);
			if (samples.size() < 3) {
				samples.add(answer.statusCode() + " in " + took + " ms, Retry-After "
						+ answer.headers().firstValue("Retry-After").orElse("none"));
			}
			Thread.sleep(200);
		}
		var health = get(instance.port, "/actuator/health", null);
		var liveness = get(instance.port, "/actuator/health/liveness", null);
		var restarted = EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(false)
			.setPort(dbPort).setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on").start();
		long back = System.nanoTime();
		while (get(instance.port, "/api/operations", LEADER).statusCode() != 200) {
			Thread.sleep(100);
		}
		long recovered = ms(back);
		outage.add("First three answers after the stop: " + String.join("; ", samples) + ".");
		outage.add("All answers during the 20 s: " + statuses + " (status=count); the slowest took " + slowest + " ms.");
		outage.add("/actuator/health during the outage: " + health.statusCode() + " " + health.body()
				+ "; /actuator/health/liveness: " + liveness.statusCode() + " " + liveness.body() + ".");
		outage.add("Served again " + recovered + " ms after the database accepted connections again (PostgreSQL's own "
				+ "start included in neither); no restart of JCO Hub.");
		instance.terminate();
		restarted.close();
	}

	/** Runs {@code java -jar … --restore=} into an empty data directory, as docs/operations.md says. */
	private Path restore(Path backup, String name) throws Exception {
		var data = work.resolve(name + "-restored");
		long started = System.nanoTime();
		var output = work.resolve(name + "-restore.log");
		var process = Jar.command(data, Map.of(), "--restore=" + backup).redirectErrorStream(true)
			.redirectOutput(output.toFile()).start();
		if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
			throw new IllegalStateException("The restore failed; see " + output);
		}
		long wall = ms(started);
		var matcher = RESTORED.matcher(Files.readString(output));
		if (!matcher.find()) {
			throw new IllegalStateException("The restore said nothing of what it restored; see " + output);
		}
		row("Restore of the " + name + " backup (" + matcher.group(2) + " rows in " + matcher.group(1)
				+ " tables): the whole --restore command, JVM start to exit, into an empty data directory", wall,
				"of which checking the file, building the schema, loading, reading back and comparing: "
						+ matcher.group(3) + " ms; then the audit chain verified");
		return data;
	}

	private static long download(int port, Path file) throws Exception {
		long started = System.nanoTime();
		var response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/admin/backup"))
			.header("Authorization", ADMIN).build(), HttpResponse.BodyHandlers.ofFile(file));
		if (response.statusCode() != 200) {
			throw new IllegalStateException("Backup download answered " + response.statusCode());
		}
		return ms(started);
	}

	private static void writeSome(Jar instance, int count) {
		for (int i = 0; i < count; i++) {
			var body = """
					{"name":"BENCH %d","type":"JCO_REGIONAL","organiser":"DK-CUSTOMS","leadCountry":"DK",
					 "participants":["DK","SE"],"competence":"EXCLUSIVE_EU","domain":"CUSTOMS","riskAreas":["CIGARETTES"],
					 "transportModes":["ROAD"],"phases":[{"start":"2035-03-01","end":"2035-03-08"}],
					 "objectives":"Benchmark","contactPoint":"ocu@example.eu"}""".formatted(System.nanoTime());
			try {
				HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + instance.port + "/api/operations"))
					.header("Authorization", LEADER).header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
			}
			catch (IOException | InterruptedException e) {
				throw new IllegalStateException(e);
			}
		}
	}

	private static HttpResponse<String> get(int port, String path, String authorization) {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException | InterruptedException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void awaitReady(int port, Duration patience) throws InterruptedException {
		long deadline = System.nanoTime() + patience.toNanos();
		while (System.nanoTime() < deadline) {
			try {
				if (HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
					.build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException e) {
				// not listening yet
			}
			Thread.sleep(200);
		}
		throw new IllegalStateException("Not ready within " + patience);
	}

	/** The packaged application in a JVM of its own. */
	private static final class Jar {

		final Process process;
		final int port;
		final long started = System.nanoTime();

		private Jar(Process process, int port) {
			this.process = process;
			this.port = port;
		}

		static Jar start(Path data, Map<String, String> environment) throws IOException {
			var port = freePort();
			var builder = command(data, environment);
			builder.environment().put("SERVER_PORT", Integer.toString(port));
			builder.redirectErrorStream(true).redirectOutput(data.resolveSibling(data.getFileName() + "-" + port + ".log")
				.toFile());
			Files.createDirectories(data);
			return new Jar(builder.start(), port);
		}

		static ProcessBuilder command(Path data, Map<String, String> environment, String... arguments)
				throws IOException {
			var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
					"-Xmx1g", "-jar", jar().toString()));
			command.addAll(List.of(arguments));
			var builder = new ProcessBuilder(command);
			builder.environment().putAll(Map.of("JCOHUB_DATA_DIR", data.toString(), "JCOHUB_BACKUP_CRON", "-",
					"JCOHUB_AUDIT_CHECK_CRON", "-"));
			builder.environment().putAll(environment);
			return builder;
		}

		/** Milliseconds from the process start to readiness UP. */
		long awaitReady() throws InterruptedException {
			ResilienceBenchmark.awaitReady(port, Duration.ofMinutes(10));
			return ms(started);
		}

		void kill() throws InterruptedException {
			process.destroyForcibly();
			process.waitFor();
		}

		/** SIGKILL to the JVM and its watchdog together: the embedded PostgreSQL is left running. */
		void killWithWatchdog() throws InterruptedException {
			process.toHandle().children().forEach(ProcessHandle::destroyForcibly);
			kill();
		}

		long terminate() throws InterruptedException {
			long stopping = System.nanoTime();
			process.destroy();
			process.waitFor();
			return ms(stopping);
		}
	}

	private String report(long seconds) {
		var text = new StringBuilder();
		text.append("### Run of ").append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append("\n\n");
		text.append("Machine: ").append(machine()).append(". Load average at the end: ")
			.append(String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()))
			.append(". Whole run: ").append(seconds).append(" s. Options: ").append(new java.util.TreeMap<>(config))
			.append(".\n\n| measured | ms | note |\n|---|---:|---|\n");
		rows.forEach(row -> text.append(row).append('\n'));
		text.append("\nOutage of the external PostgreSQL (stopped for 20 s under a running instance):\n\n");
		outage.forEach(line -> text.append("- ").append(line).append('\n'));
		return text.toString();
	}

	private void row(String measured, long millis, String note) {
		log(measured + ": " + millis + " ms " + note);
		rows.add("| " + measured + " | " + String.format(Locale.ROOT, "%,d", millis) + " | " + note + " |");
	}

	private static void write(Path document, String report) throws IOException {
		var text = Files.readString(document);
		if (!text.contains(START) || !text.contains(END)) {
			throw new IllegalStateException(document + " lacks the markers " + START + " and " + END);
		}
		Files.writeString(document, text.substring(0, text.indexOf(START) + START.length()) + "\n" + report + "\n"
				+ text.substring(text.indexOf(END)));
	}

	static Path jar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter(file -> file.getFileName().toString().matches("jcohub-.*\\.jar")).findFirst()
				.orElseThrow(() -> new IllegalStateException("Package the application first: ./mvnw -DskipTests package"))
				.toAbsolutePath();
		}
	}

	private static String kib(Path file) throws IOException {
		return String.format(Locale.ROOT, "%,.1f MB", Files.size(file) / 1024.0 / 1024.0);
	}

	private static long median(List<Long> values) {
		var sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static String machine() {
		String cpu = "?";
		String memory = "?";
		try {
			cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
				.findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
			memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
				.findFirst().map(l -> String.format(Locale.ROOT, "%.1f GiB",
						Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0))
				.orElse("?");
		}
		catch (IOException | RuntimeException e) {
			// not Linux: leave the question marks
		}
		return Runtime.getRuntime().availableProcessors() + " cores (nproc), " + memory + " RAM, " + cpu + ", Java "
				+ System.getProperty("java.vm.version") + ", " + System.getProperty("os.name") + " "
				+ System.getProperty("os.version");
	}

	private static long ms(long startNanos) {
		return (System.nanoTime() - startNanos) / 1_000_000;
	}

	private static void log(String line) {
		System.out.println("[bench " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "] " + line);
		System.out.flush();
	}
}
