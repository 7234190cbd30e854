package eu.jcohub.benchmark;

import eu.jcohub.JcoHubApplication;
import eu.jcohub.shared.RecordChanged;
import eu.jcohub.shared.RecordKind;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
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
import javax.sql.DataSource;
import org.postgresql.PGConnection;
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
 * Run, packaging first: {@code ./mvnw -B -P benchmark -DskipTests package exec:exec
 * -Dbench.main=eu.jcohub.benchmark.ResilienceBenchmark} (about 20 minutes on 2 cores). Baselines measured in the
 * same run: a restart after a clean stop beside each restart after SIGKILL, and the tables read through plain
 * {@code COPY} beside each backup. Options, as
 * {@code -Dbench.config=key=value;...}: {@code operations} (100000), {@code restarts} (3), {@code parts} (demo,large,outage:
 * which of the three to run), {@code docs} (false: do not write docs/benchmarks.md).
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
	private final List<String> failures = new ArrayList<>();

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
		try {
			benchmark.run();
		}
		catch (Exception | Error e) {
			// Ends the JVM: threads an application left behind must not keep a failed run waiting.
			e.printStackTrace();
			System.exit(2);
		}
		var report = benchmark.report(ms(started) / 1000);
		System.out.println(report);
		if (Boolean.parseBoolean(config.get("docs"))) {
			write(Path.of(System.getProperty("bench.docs", "docs/benchmarks.md")), report);
		}
		benchmark.failures.forEach(failure -> System.out.println("FAILED: " + failure));
		System.exit(benchmark.failures.isEmpty() ? 0 : 1);
	}

	private void run() throws Exception {
		var parts = List.of(config.getOrDefault("parts", "demo,large,outage").split(","));
		if (parts.contains("demo")) {
			demo();
		}
		if (parts.contains("large")) {
			large();
		}
		if (parts.contains("outage")) {
			outage();
		}
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
		row("Backup of the demo data (GET /api/admin/backup, " + megabytes(backup) + "), median of 3", median(took), "");
		// The backup restored is one taken under load: a client creating operations all through it.
		var writer = Writer.start(first.port, "LOAD");
		writer.awaitAcknowledged(3);
		var underLoad = work.resolve("demo-backup-under-load.zip");
		long duringWrites = download(first.port, underLoad);
		writer.awaitAcknowledged(writer.acknowledged.size() + 3);
		var written = writer.stop();
		row("Backup of the demo data while a client creates operations one after the other", duringWrites,
				written.size() + " operations created while the backup ran or just around it");
		restore(underLoad, "demo");

		// Each restart after SIGKILL is paired with a restart after a clean stop, taken just before it: the baseline,
		// alternated so that a change in the machine's load weighs on both alike.
		var running = first;
		var restarts = new ArrayList<Long>();
		var clean = new ArrayList<Long>();
		var stops = new ArrayList<Long>();
		int kept = 0;
		int acknowledgedBefore = 0;
		for (int i = 0; i < Integer.parseInt(config.get("restarts")); i++) {
			writeSome(running, 20);
			stops.add(running.terminate());
			running = Jar.start(data, Map.of());
			clean.add(running.awaitReady());
			var prefix = "CRASH " + i;
			var acknowledged = killMidWrite(running, prefix);
			running = Jar.start(data, Map.of());
			restarts.add(running.awaitReady());
			kept += checkKept(running, prefix, acknowledged);
			acknowledgedBefore += acknowledged.size();
		}
		row("Baseline: restart after a clean stop (SIGTERM), to readiness UP", median(clean),
				"median of " + clean.size() + ": " + clean + " ms");
		row("Restart after SIGKILL mid-write (the watchdog stopped the embedded PostgreSQL), to readiness UP",
				median(restarts), "median of " + restarts.size() + ": " + restarts + " ms; " + kept + " of the " + acknowledgedBefore
						+ " operations acknowledged before the kills found after the restarts");

		writeSome(running, 20);
		running.killWithWatchdog();
		running = Jar.start(data, Map.of());
		row("Restart after SIGKILL of the JVM and its watchdog (the next start stops the PostgreSQL left running), "
				+ "to readiness UP", running.awaitReady(), "");

		stops.add(running.terminate());
		row("Stop after SIGTERM (graceful: requests, scheduler, embedded PostgreSQL), to process exit", median(stops),
				"median of " + stops.size() + ": " + stops + " ms");
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
			var dataSource = application.getBean(DataSource.class);
			var demoCopy = new ArrayList<Long>();
			for (int i = 0; i < 3; i++) {
				demoCopy.add(rawCopy(dataSource));
			}
			row("Baseline: the demo data through plain COPY in one repeatable-read transaction, read and discarded "
					+ "(no ZIP, no checksums, no HTTP), median of 3", median(demoCopy), "");
			generate(application, operations);
			log("generated " + operations + " operations in " + ms(generating) / 1000 + " s");
			var copy = new ArrayList<Long>();
			for (int i = 0; i < 2; i++) {
				copy.add(rawCopy(dataSource));
			}
			row("Baseline: " + thousands(operations) + " operations through plain COPY, read and discarded, median of 2",
					median(copy), "");
			var took = new ArrayList<Long>();
			for (int i = 0; i < 2; i++) {
				took.add(download(port, backup));
			}
			row("Backup of " + thousands(operations) + " operations and their audit entries (" + megabytes(backup)
					+ "), median of 2", median(took), "");
		}
		var restored = restore(backup, "large");
		var instance = Jar.start(restored, Map.of());
		row("First start on the restored " + thousands(operations) + " operations, to readiness UP",
				instance.awaitReady(), "");
		instance.terminate();
		var clean = Jar.start(restored, Map.of());
		row("Baseline: restart after a clean stop (SIGTERM) with " + thousands(operations) + " operations, to readiness UP",
				clean.awaitReady(), "");
		var acknowledged = killMidWrite(clean, "CRASH LARGE");
		var again = Jar.start(restored, Map.of());
		long restart = again.awaitReady();
		row("Restart after SIGKILL mid-write with " + thousands(operations) + " operations, to readiness UP", restart,
				checkKept(again, "CRASH LARGE", acknowledged) + " of the " + acknowledged.size()
						+ " operations acknowledged before the kill found after the restart");
		again.terminate();
	}

	/**
	 * The floor under any backup made with COPY: every table of the schema read in one repeatable-read transaction
	 * and thrown away, as the backup reads it but without compressing, checksumming or sending anything.
	 */
	private static long rawCopy(DataSource dataSource) throws Exception {
		long started = System.nanoTime();
		try (var connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			connection.setReadOnly(true);
			var tables = new ArrayList<String>();
			try (var statement = connection.createStatement(); var result = statement.executeQuery("""
					select table_name from information_schema.tables
					where table_schema = current_schema() and table_type = 'BASE TABLE'""")) {
				while (result.next()) {
					tables.add(result.getString(1));
				}
			}
			var copier = connection.unwrap(PGConnection.class).getCopyAPI();
			for (var table : tables) {
				copier.copyOut("COPY \"" + table + "\" TO STDOUT", OutputStream.nullOutputStream());
			}
			connection.rollback();
			connection.setReadOnly(false);
			connection.setAutoCommit(true);
		}
		return ms(started);
	}

	private static String thousands(int count) {
		return String.format(Locale.ROOT, "%,d", count);
	}

	private static void generate(ConfigurableApplicationContext application, int operations) {
		var jdbc = application.getBean(JdbcClient.class);
		var transactions = application.getBean(TransactionTemplate.class);
		ApplicationEventPublisher events = application;
		var kind = new RecordKind("operation");
		var batch = 1000;
		for (int done = 0; done < operations; done += batch) {
			int offset = done;
			transactions.executeWithoutResult(status -> {
				// The demo's operations numbered once per batch: picking them from the growing table row by row
				// would make the generation quadratic.
				jdbc.sql("""
						create temporary table bench_source on commit drop as
						select row_number() over (order by id) - 1 as n, o.* from operations o where name not like '% #%'""")
					.update();
				var created = jdbc.sql("""
						insert into operations (id, name, type, organiser, lead_country, participants,
						  partner_organisations, competence, domain, contact_point, risk_areas, transport_modes, locations,
						  phases, objectives, status, handling_code, first_known, created_by)
						select gen_random_uuid(), o.name || ' #' || (? + g), o.type, o.organiser, o.lead_country,
						  o.participants, o.partner_organisations, o.competence, o.domain, o.contact_point, o.risk_areas,
						  o.transport_modes, o.locations, o.phases, o.objectives, o.status, o.handling_code,
						  o.first_known, o.created_by
						from generate_series(1, ?) g
						join bench_source o on o.n = (? + g) % (select count(*) from bench_source)
						returning id, name, organiser""")
					.params(offset, batch, offset)
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
		var acknowledged = new ArrayList<String>();
		for (int i = 0; i < 5; i++) {
			var name = "OUTAGE BEFORE " + i;
			if (create(instance.port, name) == 201) {
				acknowledged.add(name);
			}
		}
		database.close();
		long stopped = System.nanoTime();
		var samples = new ArrayList<String>();
		var statuses = new java.util.TreeMap<Integer, Integer>();
		var refused = new ArrayList<String>();
		long slowest = 0;
		for (int i = 0; ms(stopped) < 20_000; i++) {
			long asked = System.nanoTime();
			int status;
			String retryAfter = "";
			if (i % 2 == 0) {
				var answer = get(instance.port, "/api/operations", LEADER);
				status = answer.statusCode();
				retryAfter = answer.headers().firstValue("Retry-After").orElse("none");
			}
			else {
				var name = "OUTAGE DURING " + i;
				status = create(instance.port, name);
				(status == 201 ? acknowledged : refused).add(name);
			}
			long took = ms(asked);
			slowest = Math.max(slowest, took);
			statuses.merge(status, 1, Integer::sum);
			if (samples.size() < 3 && i % 2 == 0) {
				samples.add(status + " in " + took + " ms, Retry-After " + retryAfter);
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
		var after = get(instance.port, "/api/operations?q=OUTAGE", LEADER).body();
		long kept = acknowledged.stream().filter(name -> after.contains("\"" + name + "\"")).count();
		long carriedOut = refused.stream().filter(name -> after.contains("\"" + name + "\"")).count();
		if (kept < acknowledged.size()) {
			failures.add((acknowledged.size() - kept) + " operations acknowledged with 201 are missing after the outage");
		}
		outage.add("First three answers after the stop: " + String.join("; ", samples) + ".");
		outage.add("All answers during the 20 s, reads and creations alternating: " + statuses
				+ " (status=count); the slowest took " + slowest + " ms.");
		outage.add("After the return: " + kept + " of the " + acknowledged.size()
				+ " creations answered 201 (before or during the outage) are there; " + carriedOut + " of the "
				+ refused.size() + " refused during it were carried out.");
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
			create(instance.port, "BENCH " + System.nanoTime());
		}
	}

	/** Creates an operation named {@code name} through the API; the answer's status. */
	private static int create(int port, String name) {
		var body = """
				{"name":"%s","type":"JCO_REGIONAL","organiser":"DK-CUSTOMS","leadCountry":"DK",
				 "participants":["DK","SE"],"competence":"EXCLUSIVE_EU","domain":"CUSTOMS","riskAreas":["CIGARETTES"],
				 "transportModes":["ROAD"],"phases":[{"start":"2035-03-01","end":"2035-03-08"}],
				 "objectives":"Benchmark","contactPoint":"ocu@example.eu"}""".formatted(name);
		try {
			return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/operations"))
				.timeout(Duration.ofSeconds(30)).header("Authorization", LEADER).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding())
				.statusCode();
		}
		catch (IOException e) {
			return -1; // no answer: the process was killed under it
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

	/**
	 * SIGKILL while a client is writing: operations are created one after the other, and the JVM is killed once ten
	 * were acknowledged, with the next one in flight. The names acknowledged are kept for {@link #checkKept}.
	 */
	private static List<String> killMidWrite(Jar instance, String prefix) throws InterruptedException {
		var writer = Writer.start(instance.port, prefix);
		writer.awaitAcknowledged(10);
		instance.kill();
		return writer.stop();
	}

	/** A client creating operations one after the other, until stopped or its server is gone. */
	private static final class Writer {

		private final List<String> acknowledged = java.util.Collections.synchronizedList(new ArrayList<>());
		private final Thread thread;

		private Writer(int port, String prefix) {
			thread = new Thread(() -> {
				for (int i = 0; !Thread.currentThread().isInterrupted(); i++) {
					var name = prefix + " " + i;
					int status = create(port, name);
					if (status == 201) {
						acknowledged.add(name);
					}
					else if (status == -1) {
						return;
					}
				}
			});
		}

		static Writer start(int port, String prefix) {
			var writer = new Writer(port, prefix);
			writer.thread.start();
			return writer;
		}

		void awaitAcknowledged(int count) throws InterruptedException {
			while (acknowledged.size() < count && thread.isAlive()) {
				Thread.sleep(20);
			}
		}

		List<String> stop() throws InterruptedException {
			thread.interrupt();
			thread.join();
			return List.copyOf(acknowledged);
		}
	}

	/** Every operation acknowledged before a SIGKILL is there after the restart. */
	private int checkKept(Jar instance, String prefix, List<String> acknowledged) {
		var found = get(instance.port, "/api/operations?q=" + prefix.replace(' ', '+'), LEADER).body();
		var missing = acknowledged.stream().filter(name -> !found.contains("\"" + name + "\"")).toList();
		if (!missing.isEmpty()) {
			failures.add("acknowledged before a SIGKILL, missing after the restart: " + missing);
		}
		return acknowledged.size() - missing.size();
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

	static void awaitReady(int port, Duration patience) throws InterruptedException {
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
	static final class Jar {

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
			.append(".\n\n| measured | ms | load (1 min) | note |\n|---|---:|---:|---|\n");
		rows.forEach(row -> text.append(row).append('\n'));
		failures.forEach(failure -> text.append("\n**Failed:** ").append(failure).append('\n'));
		text.append("\nOutage of the external PostgreSQL (stopped for 20 s under a running instance):\n\n");
		outage.forEach(line -> text.append("- ").append(line).append('\n'));
		return text.toString();
	}

	private void row(String measured, long millis, String note) {
		log(measured + ": " + millis + " ms " + note);
		rows.add("| " + measured + " | " + String.format(Locale.ROOT, "%,d", millis) + " | "
				+ String.format(Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())
				+ " | " + note + " |");
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

	private static String megabytes(Path file) throws IOException {
		return String.format(Locale.ROOT, "%,.1f MB", Files.size(file) / 1024.0 / 1024.0);
	}

	private static long median(List<Long> values) {
		var sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

	static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	static String machine() {
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
