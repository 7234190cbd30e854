package eu.jcohub.shared.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a {@code postmaster.pid} left in the database directory says, and clearing the way for a new start:
 * <ul>
 * <li>the process it names is gone (the database crashed, or the machine restarted): PostgreSQL replaces the file
 * itself and recovers from its write-ahead log, so nothing is done here;</li>
 * <li>it names a PostgreSQL still serving this directory (its JCO Hub was killed and left it running): that server
 * is stopped with a fast shutdown, which ends its sessions, writes a checkpoint and removes the file;</li>
 * <li>it names a live process that is surely no PostgreSQL (the number was reused): the file is stale and
 * removed, or PostgreSQL would refuse to start.</li>
 * </ul>
 * The file is never removed while the process might be a PostgreSQL on this directory: two servers on the same
 * files would corrupt them.
 */
final class LeftoverPostmaster {

	private static final Logger log = LoggerFactory.getLogger(LeftoverPostmaster.class);
	static final String PID_FILE = "postmaster.pid";

	private LeftoverPostmaster() {
	}

	/** Makes the directory free for a new server, waiting at most {@code patience} for a leftover one to stop. */
	static void clear(Path databaseDirectory, Duration patience) {
		var pidFile = databaseDirectory.resolve(PID_FILE);
		var pid = pidIn(pidFile);
		if (pid.isEmpty()) {
			return;
		}
		var process = ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive);
		if (process.isEmpty()) {
			log.info("The database was not shut down cleanly (process {} in {} is gone); PostgreSQL recovers from its "
					+ "write-ahead log on start", pid.get(), pidFile);
			return;
		}
		switch (identify(process.get(), databaseDirectory)) {
			case SERVES_DIRECTORY -> stop(process.get(), databaseDirectory, patience);
			case OTHER_PROCESS -> {
				log.warn("{} names process {}, which is not a PostgreSQL: the file is stale and is removed", pidFile,
						pid.get());
				delete(pidFile);
			}
			case UNKNOWN -> throw new IllegalStateException("The database directory " + databaseDirectory
					+ " names process " + pid.get() + " as its server, and it cannot be told whether that process is a "
					+ "PostgreSQL. Check it: stop it if it is one, otherwise remove " + pidFile + ".");
		}
	}

	enum Identity {
		SERVES_DIRECTORY, OTHER_PROCESS, UNKNOWN
	}

	/** Whether the process is a PostgreSQL serving the directory, from its command line ({@code postgres -D dir}). */
	static Identity identify(ProcessHandle process, Path databaseDirectory) {
		var info = process.info();
		var command = info.command();
		var arguments = info.arguments();
		if (command.isEmpty() || arguments.isEmpty()) {
			return Identity.UNKNOWN;
		}
		if (!Path.of(command.get()).getFileName().toString().startsWith("postgres")) {
			return Identity.OTHER_PROCESS;
		}
		var args = List.of(arguments.get());
		var directory = databaseDirectory.toAbsolutePath().normalize();
		for (int i = 0; i < args.size() - 1; i++) {
			if (args.get(i).equals("-D") && Path.of(args.get(i + 1)).toAbsolutePath().normalize().equals(directory)) {
				return Identity.SERVES_DIRECTORY;
			}
		}
		// A PostgreSQL on other files (another instance's, or a system cluster): this directory's file is stale.
		return Identity.OTHER_PROCESS;
	}

	private static void stop(ProcessHandle server, Path directory, Duration patience) {
		log.warn("An embedded PostgreSQL (process {}) still runs on {}: its JCO Hub ended without stopping it. "
				+ "Stopping it with a fast shutdown before starting anew.", server.pid(), directory);
		long started = System.nanoTime();
		Signals.send(server, "INT");
		if (!awaitExit(server, patience)) {
			log.warn("PostgreSQL (process {}) did not stop within {} s; stopping it immediately (it recovers from "
					+ "its write-ahead log on the next start)", server.pid(), patience.toSeconds());
			Signals.send(server, "QUIT");
			if (!awaitExit(server, Duration.ofSeconds(10))) {
				throw new IllegalStateException("The PostgreSQL left running on " + directory + " (process "
						+ server.pid() + ") does not stop. Stop it by hand, then start JCO Hub again.");
			}
		}
		log.info("The leftover PostgreSQL stopped in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

	private static boolean awaitExit(ProcessHandle process, Duration patience) {
		return awaitExit(process.pid(), patience);
	}

	/** Whether the process ended within the time; polled, since it is no child of this JVM. */
	static boolean awaitExit(long pid, Duration patience) {
		long deadline = System.nanoTime() + patience.toNanos();
		while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
			if (System.nanoTime() > deadline) {
				return false;
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return true;
	}

	/** The server's process as its pid file names it. */
	static Optional<Long> pidOf(Path databaseDirectory) {
		try {
			var pidFile = databaseDirectory.resolve(PID_FILE);
			if (!Files.exists(pidFile)) {
				return Optional.empty();
			}
			var lines = Files.readAllLines(pidFile);
			return lines.isEmpty() || !lines.get(0).strip().matches("\\d+") ? Optional.empty()
					: Optional.of(Long.parseLong(lines.get(0).strip()));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Optional<Long> pidIn(Path pidFile) {
		try {
			if (!Files.exists(pidFile)) {
				return Optional.empty();
			}
			var lines = Files.readAllLines(pidFile);
			if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
				// PostgreSQL writes the file whole before it serves; a torn one belongs to a start that died.
				log.warn("{} holds no process number: the file is stale and is removed", pidFile);
				delete(pidFile);
				return Optional.empty();
			}
			return Optional.of(Long.parseLong(lines.get(0).strip()));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
