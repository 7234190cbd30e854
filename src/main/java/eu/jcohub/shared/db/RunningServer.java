package eu.jcohub.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL on its directory, from start to stop:
 * <ul>
 * <li>the data directory is locked first, so a second application on it is refused;</li>
 * <li>what a crash left behind is cleared ({@link LeftoverPostmaster}), then the server starts and recovers from
 * its write-ahead log by itself;</li>
 * <li>a watchdog stops the server when the JVM dies without stopping it ({@link PostmasterWatchdog});</li>
 * <li>a supervisor starts it again on the same port if it dies under the running application, so the connection
 * pool finds it where it was;</li>
 * <li>stopping is a fast shutdown (sessions end, a checkpoint is written), waited for.</li>
 * </ul>
 */
final class RunningServer {

	private static final Logger log = LoggerFactory.getLogger(RunningServer.class);
	private static final Duration LEFTOVER_PATIENCE = Duration.ofSeconds(30);
	private static final Duration STOP_PATIENCE = Duration.ofSeconds(20);
	private static final Duration SUPERVISION_INTERVAL = Duration.ofSeconds(1);
	private static final Duration NO_SERVER_PATIENCE = Duration.ofSeconds(15);

	private final Path directory;
	private final @Nullable DataDirectoryLock lock;
	private final DatabaseProperties properties;
	private final Thread supervisor;
	private volatile EmbeddedPostgres postgres;
	private volatile long postmasterPid;
	private @Nullable PostmasterWatchdog watchdog;
	private volatile boolean stopping;

	private RunningServer(Path directory, @Nullable DataDirectoryLock lock, DatabaseProperties properties) {
		this.directory = directory;
		this.lock = lock;
		this.properties = properties;
		this.postgres = launch(0, properties.ephemeral());
		this.supervisor = new Thread(this::supervise, "embedded-postgres-supervisor");
		this.supervisor.setDaemon(true);
		this.supervisor.start();
	}

	static RunningServer start(DatabaseProperties properties) {
		if (properties.ephemeral()) {
			try {
				return new RunningServer(Files.createTempDirectory("jcohub-test-db"), null, properties);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		var directory = properties.databaseDirectory();
		var lock = DataDirectoryLock.acquire(directory.getParent());
		try {
			LeftoverPostmaster.clear(directory, LEFTOVER_PATIENCE);
			return new RunningServer(directory, lock, properties);
		}
		catch (RuntimeException e) {
			lock.close();
			throw e;
		}
	}

	String jdbcUrl() {
		return postgres.getJdbcUrl("postgres", "postgres");
	}

	long postmasterPid() {
		return postmasterPid;
	}

	Path directory() {
		return directory;
	}

	/** A fast shutdown, waited for; then the data directory is free for the next start. */
	synchronized void stop() {
		stopping = true;
		supervisor.interrupt();
		dismissWatchdog();
		long started = System.nanoTime();
		close(postgres);
		// pg_ctl waits a few seconds only; a long checkpoint may need more, and the files must be left clean.
		if (!LeftoverPostmaster.awaitExit(postmasterPid, STOP_PATIENCE)) {
			log.warn("The embedded PostgreSQL (process {}) did not stop within {} s", postmasterPid,
					STOP_PATIENCE.toSeconds());
		}
		log.info("Embedded PostgreSQL stopped in {} ms", (System.nanoTime() - started) / 1_000_000);
		if (lock != null) {
			lock.close();
		}
	}

	private EmbeddedPostgres launch(int port, boolean clean) {
		try {
			Files.createDirectories(directory);
			// zonky's own lock file: a start of it that failed in this JVM keeps it locked. A new file is free, and
			// the data directory lock already keeps every other process out.
			Files.deleteIfExists(directory.resolve("epg-lock"));
			var safe = properties.durable() ? "on" : "off";
			log.info("Starting embedded PostgreSQL in {} (durable: {})", directory, properties.durable());
			var builder = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(clean)
				.setPort(port)
				.setPGStartupWait(properties.startupTimeout())
				.setServerConfig("fsync", safe)
				.setServerConfig("synchronous_commit", safe)
				.setServerConfig("full_page_writes", safe)
				.setServerConfig("max_connections", "100")
				// Spring stops the server after everything that uses it; a JVM hook of its own would race with that.
				.setRegisterShutdownHook(false);
			var server = startWatched(builder);
			postmasterPid = LeftoverPostmaster.pidOf(directory)
				.orElseThrow(() -> new IllegalStateException("PostgreSQL runs but wrote no postmaster.pid"));
			watchdog = PostmasterWatchdog.watch(directory, postmasterPid).orElse(null);
			return server;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, e);
		}
	}

	/**
	 * zonky waits the whole start-up timeout (long enough for crash recovery) even when PostgreSQL refused to start
	 * at once (wrong permissions, no space); a server that is neither running nor recovering after a few seconds is
	 * given up on then.
	 */
	private EmbeddedPostgres startWatched(EmbeddedPostgres.Builder builder) throws IOException {
		var starting = new CompletableFuture<EmbeddedPostgres>();
		var thread = new Thread(() -> {
			try {
				starting.complete(builder.start());
			}
			catch (Throwable e) {
				starting.completeExceptionally(e);
			}
		}, "embedded-postgres-start");
		thread.setDaemon(true);
		thread.start();
		long giveUpWithoutServer = System.nanoTime() + NO_SERVER_PATIENCE.toNanos();
		while (true) {
			try {
				return starting.get(200, TimeUnit.MILLISECONDS);
			}
			catch (TimeoutException e) {
				boolean serverRuns = LeftoverPostmaster.pidOf(directory)
					.flatMap(ProcessHandle::of).map(ProcessHandle::isAlive).orElse(false);
				if (!serverRuns && System.nanoTime() > giveUpWithoutServer) {
					throw new IOException("PostgreSQL did not start in " + directory + "; its log above says why");
				}
			}
			catch (ExecutionException e) {
				throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IOException("Interrupted while PostgreSQL started", e);
			}
		}
	}

	/** Starts the server again when it died under the running application (killed, out of memory). */
	private void supervise() {
		while (!stopping) {
			try {
				Thread.sleep(SUPERVISION_INTERVAL.toMillis());
			}
			catch (InterruptedException e) {
				return;
			}
			boolean alive = ProcessHandle.of(postmasterPid).map(ProcessHandle::isAlive).orElse(false);
			if (!alive && !stopping) {
				restart();
			}
		}
	}

	private synchronized void restart() {
		if (stopping) {
			return;
		}
		var port = postgres.getPort();
		log.error("The embedded PostgreSQL (process {}) ended unexpectedly; starting it again on port {}; it "
				+ "recovers from its write-ahead log", postmasterPid, port);
		dismissWatchdog();
		close(postgres);
		try {
			LeftoverPostmaster.clear(directory, LEFTOVER_PATIENCE);
			postgres = launch(port, false);
			log.info("The embedded PostgreSQL runs again (process {})", postmasterPid);
		}
		catch (RuntimeException e) {
			log.warn("The embedded PostgreSQL did not start again yet; trying again", e);
		}
	}

	private void dismissWatchdog() {
		Optional.ofNullable(watchdog).ifPresent(PostmasterWatchdog::dismiss);
		watchdog = null;
	}

	private static void close(EmbeddedPostgres server) {
		try {
			server.close();
		}
		catch (IOException e) {
			log.warn("Embedded PostgreSQL did not stop cleanly", e);
		}
	}
}
