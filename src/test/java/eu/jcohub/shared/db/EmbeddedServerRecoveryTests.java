package eu.jcohub.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database comes up by itself after whatever ended the last run, and never runs twice on the same
 * files. The faults are real: other JVMs are killed with SIGKILL, servers too.
 */
class EmbeddedServerRecoveryTests {

	@TempDir
	static Path template;

	@TempDir
	Path data;

	private RunningServer server;
	private Process child;

	/** One initialised cluster, copied for each test: initdb is the slow part of a first start. */
	@BeforeAll
	static void initialiseOnce() {
		RunningServer.start(ChildJvm.properties(template)).stop();
	}

	@BeforeEach
	void copyTheInitialisedCluster() throws IOException {
		var source = template.resolve("postgres");
		try (var files = Files.walk(source)) {
			for (var file : files.toList()) {
				var target = data.resolve("postgres").resolve(source.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
					// PostgreSQL starts only on a directory that is its owner's alone.
					Files.setPosixFilePermissions(target, Files.getPosixFilePermissions(file));
				}
				else if (!file.getFileName().toString().equals("epg-lock")) {
					Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
	}

	@AfterEach
	void cleanUp() {
		if (server != null) {
			server.stop();
		}
		if (child != null) {
			child.destroyForcibly();
		}
	}

	@Test
	void aServerLeftRunningByAKilledApplicationIsStoppedAndTheNextStartComesUpWithItsData() throws Exception {
		var killed = ChildJvm.start("plain", data);
		child = killed.process();
		kill(killed.process());
		assertThat(alive(killed.postmasterPid())).as("the server the killed JVM left running").isTrue();

		server = RunningServer.start(ChildJvm.properties(data));

		assertThat(alive(killed.postmasterPid())).as("the leftover server").isFalse();
		assertThat(notes(server.jdbcUrl())).containsExactly("before the kill");
	}

	@Test
	void aCrashedServerRecoversFromItsLogOnTheNextStartDespiteItsStalePidFile() throws Exception {
		var crashed = ChildJvm.start("plain", data);
		child = crashed.process();
		ProcessHandle.of(crashed.postmasterPid()).orElseThrow().destroyForcibly();
		kill(crashed.process());
		awaitEnd(crashed.postmasterPid());
		assertThat(data.resolve("postgres/postmaster.pid")).as("left by the crash").exists();

		server = RunningServer.start(ChildJvm.properties(data));

		assertThat(notes(server.jdbcUrl())).containsExactly("before the kill");
	}

	@Test
	void aPidFileNamingAProcessThatIsNoPostgresIsStaleAndRemoved() throws Exception {
		server = RunningServer.start(ChildJvm.properties(data));
		createNotes(server.jdbcUrl());
		server.stop();
		// After a reboot the number may belong to anything: here, this JVM.
		Files.writeString(data.resolve("postgres/postmaster.pid"), ProcessHandle.current().pid() + "\n"
				+ data.resolve("postgres") + "\n1700000000\n5432\n/tmp\nlocalhost\n  1234  5678\nready   \n");

		server = RunningServer.start(ChildJvm.properties(data));

		assertThat(notes(server.jdbcUrl())).containsExactly("written before the restart");
	}

	@Test
	void theServerIsStartedAgainWhenItDiesUnderTheRunningApplication() throws Exception {
		server = RunningServer.start(ChildJvm.properties(data));
		createNotes(server.jdbcUrl());
		long first = server.postmasterPid();

		ProcessHandle.of(first).orElseThrow().destroyForcibly();

		assertThat(awaitEnd(first)).as("the killed server ended").isTrue();
		var notes = awaitNotes(server.jdbcUrl(), Duration.ofSeconds(30));
		assertThat(notes).containsExactly("written before the restart");
		// The new server accepts connections a moment before the supervisor has read its pid file.
		assertThat(awaitNewPid(first, Duration.ofSeconds(10))).as("the server watched now").isNotEqualTo(first);
	}

	@Test
	void theServerStopsCleanlyWhenTheJvmThatStartedItIsKilled() throws Exception {
		var killed = ChildJvm.start("running", data);
		child = killed.process();

		kill(killed.process());

		assertThat(awaitEnd(killed.postmasterPid())).as("the server ended with its JVM").isTrue();
		// A fast shutdown removes the pid file; a crash would leave it.
		assertThat(data.resolve("postgres/postmaster.pid")).doesNotExist();
	}

	@Test
	void aSecondApplicationOnTheSameDirectoryIsRefusedWithAClearMessage() throws Exception {
		server = RunningServer.start(ChildJvm.properties(data));

		var other = ChildJvm.start("lock", data);
		child = other.process();

		assertThat(other.line()).startsWith("REFUSED ").contains("is in use by another JCO Hub")
			.contains("process " + ProcessHandle.current().pid());
		assertThatThrownBy(() -> RunningServer.start(ChildJvm.properties(data))).isInstanceOf(DataDirectoryInUse.class);
	}

	@Test
	void aProcessIsTakenForThisDirectorysServerOnlyWhenItsCommandLineSaysSo() {
		assertThat(LeftoverPostmaster.identify(ProcessHandle.current(), data.resolve("postgres")))
			.isEqualTo(LeftoverPostmaster.Identity.OTHER_PROCESS);
	}

	private static void kill(Process process) throws InterruptedException {
		process.destroyForcibly();
		assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
	}

	private static boolean alive(long pid) {
		return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
	}

	private static boolean awaitEnd(long pid) {
		// Generous for a busy machine: a server that never ends fails the test just the same.
		return LeftoverPostmaster.awaitExit(pid, Duration.ofSeconds(60));
	}

	private long awaitNewPid(long old, Duration patience) throws InterruptedException {
		long deadline = System.nanoTime() + patience.toNanos();
		while (server.postmasterPid() == old && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		return server.postmasterPid();
	}

	private static void createNotes(String url) throws SQLException {
		try (var connection = DriverManager.getConnection(url); var statement = connection.createStatement()) {
			statement.execute("create table acknowledged (id serial primary key, note text)");
			statement.execute("insert into acknowledged (note) values ('written before the restart')");
		}
	}

	private static List<String> notes(String url) throws SQLException {
		try (var connection = DriverManager.getConnection(url); var statement = connection.createStatement();
				var rows = statement.executeQuery("select note from acknowledged order by id")) {
			var notes = new java.util.ArrayList<String>();
			while (rows.next()) {
				notes.add(rows.getString(1));
			}
			return notes;
		}
	}

	private static List<String> awaitNotes(String url, Duration patience) throws Exception {
		long deadline = System.nanoTime() + patience.toNanos();
		while (true) {
			try {
				return notes(url);
			}
			catch (SQLException e) {
				if (System.nanoTime() > deadline) {
					throw e;
				}
				Thread.sleep(200);
			}
		}
	}
}
