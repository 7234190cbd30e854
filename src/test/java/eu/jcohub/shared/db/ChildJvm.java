package eu.jcohub.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Another JVM holding a database directory, as another application would, so that the tests can kill it for
 * real. Modes: {@code plain <dir>} starts PostgreSQL the way JCO Hub did before it cleaned up after itself (no
 * watchdog); {@code running <dir>} starts it as JCO Hub does now; {@code lock <dir>} only tries the data
 * directory lock. Each prints one line, {@code READY <jdbc url> <postmaster pid>} or {@code REFUSED <message>},
 * and then waits to be killed.
 */
final class ChildJvm {

	public static void main(String[] args) throws Exception {
		var directory = Path.of(args[1]);
		switch (args[0]) {
			case "plain" -> {
				var postgres = EmbeddedPostgres.builder().setDataDirectory(directory.resolve("postgres"))
					.setCleanDataDirectory(false).setRegisterShutdownHook(false)
					.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
					.start();
				var url = postgres.getJdbcUrl("postgres", "postgres");
				insertAcknowledged(url);
				System.out.println("READY " + url + " " + LeftoverPostmaster.pidOf(directory.resolve("postgres")).orElseThrow());
			}
			case "running" -> {
				var server = RunningServer.start(properties(directory));
				insertAcknowledged(server.jdbcUrl());
				System.out.println("READY " + server.jdbcUrl() + " " + server.postmasterPid());
			}
			case "lock" -> {
				try {
					DataDirectoryLock.acquire(directory);
					System.out.println("READY locked");
				}
				catch (DataDirectoryInUse refused) {
					System.out.println("REFUSED " + refused.getMessage());
					return;
				}
			}
			default -> throw new IllegalArgumentException(args[0]);
		}
		System.out.flush();
		Thread.sleep(Duration.ofMinutes(5).toMillis());
	}

	static DatabaseProperties properties(Path dataDirectory) {
		return new DatabaseProperties(null, null, null, dataDirectory.toString(), true, false, 2, null, null, null);
	}

	/** A row committed with the durable settings before the child says it is ready: it must survive any kill. */
	private static void insertAcknowledged(String url) throws Exception {
		try (var connection = DriverManager.getConnection(url); var statement = connection.createStatement()) {
			statement.execute("create table if not exists acknowledged (id serial primary key, note text)");
			statement.execute("insert into acknowledged (note) values ('before the kill')");
		}
	}

	/** A started child and the line it printed. */
	record Started(Process process, String line) {

		String jdbcUrl() {
			return line.split(" ")[1];
		}

		long postmasterPid() {
			return Long.parseLong(line.split(" ")[2]);
		}
	}

	/** Keeps reading the child's output so that it never blocks on a full pipe. */
	private static void drain(BufferedReader reader) {
		var drainer = new Thread(() -> {
			try {
				while (reader.readLine() != null) {
					// discarded
				}
			}
			catch (IOException e) {
				// the child is gone
			}
		}, "child-jvm-output");
		drainer.setDaemon(true);
		drainer.start();
	}

	static Started start(String mode, Path directory) throws IOException, InterruptedException {
		var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), ChildJvm.class.getName(), mode, directory.toString()));
		var process = new ProcessBuilder(command).redirectErrorStream(true).start();
		var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		String line;
		var output = new StringBuilder();
		while ((line = reader.readLine()) != null) {
			output.append(line).append('\n');
			if (line.startsWith("READY ") || line.startsWith("REFUSED ")) {
				drain(reader);
				return new Started(process, line);
			}
		}
		process.waitFor(10, TimeUnit.SECONDS);
		throw new IllegalStateException("The child JVM ended without saying it was ready:\n" + output);
	}
}
