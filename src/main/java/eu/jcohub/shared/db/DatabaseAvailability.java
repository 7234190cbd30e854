package eu.jcohub.shared.db;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Whether the database can be reached, as this instance last found it. Any failure that is an outage
 * ({@link DatabaseOutage}) marks it unreachable; from then on requests are answered 503 at once, without each
 * waiting for a connection, and a probe tries the database every second until it answers again. Nothing needs a
 * restart: the connection pool connects again by itself.
 */
@Component
public class DatabaseAvailability implements DisposableBean {

	/** What a 503 asks the client to wait before trying again. */
	public static final Duration RETRY_AFTER = Duration.ofSeconds(5);
	private static final Logger log = LoggerFactory.getLogger(DatabaseAvailability.class);
	private static final Duration PROBE_INTERVAL = Duration.ofSeconds(1);

	private final DataSource dataSource;
	private final Clock clock;
	private volatile @Nullable Instant unreachableSince;
	private @Nullable Thread probe;
	private volatile boolean closed;

	DatabaseAvailability(DataSource dataSource, Clock clock) {
		this.dataSource = dataSource;
		this.clock = clock;
	}

	public boolean reachable() {
		return unreachableSince == null;
	}

	/** Reports a failure: true when it is an outage, which then holds until the database answers again. */
	public boolean report(@Nullable Throwable failure) {
		if (!DatabaseOutage.causedBy(failure)) {
			return false;
		}
		markUnreachable(failure);
		return true;
	}

	/** Blocks until the database is reachable (at once when it is). */
	public void awaitReachable() throws InterruptedException {
		synchronized (this) {
			while (unreachableSince != null && !closed) {
				wait(PROBE_INTERVAL.toMillis());
			}
		}
	}

	private synchronized void markUnreachable(@Nullable Throwable failure) {
		if (unreachableSince != null || closed) {
			return;
		}
		unreachableSince = Instant.now(clock);
		log.error("The database cannot be reached ({}); requests are answered 503 until it returns",
				failure == null ? "no answer" : rootMessage(failure));
		var thread = new Thread(this::probeUntilReachable, "database-probe");
		thread.setDaemon(true);
		probe = thread;
		thread.start();
	}

	private void probeUntilReachable() {
		while (!closed) {
			try {
				Thread.sleep(PROBE_INTERVAL.toMillis());
			}
			catch (InterruptedException e) {
				return;
			}
			if (answers()) {
				synchronized (this) {
					var since = unreachableSince;
					unreachableSince = null;
					probe = null;
					notifyAll();
					log.warn("The database answers again after {} s; requests are served again",
							since == null ? 0 : Duration.between(since, Instant.now(clock)).toSeconds());
				}
				return;
			}
		}
	}

	private boolean answers() {
		try (var connection = dataSource.getConnection()) {
			return connection.isValid((int) Math.max(1, RETRY_AFTER.toSeconds()));
		}
		catch (SQLException | RuntimeException e) {
			return false;
		}
	}

	private static String rootMessage(Throwable failure) {
		var root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

	@Override
	public void destroy() {
		synchronized (this) {
			closed = true;
			notifyAll();
			if (probe != null) {
				probe.interrupt();
			}
		}
	}
}
