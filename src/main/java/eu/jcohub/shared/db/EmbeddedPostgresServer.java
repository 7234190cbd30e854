package eu.jcohub.shared.db;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;

/**
 * The embedded PostgreSQL server, one per JVM: application contexts in the same JVM (tests) share it, and the
 * last one to close stops it. It is a bean the data source depends on, so Spring stops it only after everything
 * that uses the database has shut down.
 * <p>
 * For the application it runs with PostgreSQL's safe settings ({@code fsync}, {@code synchronous_commit},
 * {@code full_page_writes} on) so that an acknowledged change survives a crash; {@link RunningServer} makes a
 * restart after a crash work without hand work.
 */
final class EmbeddedPostgresServer implements DisposableBean {

	private static @Nullable RunningServer server;
	private static int users;

	private final String jdbcUrl;

	EmbeddedPostgresServer(DatabaseProperties properties) {
		synchronized (EmbeddedPostgresServer.class) {
			if (server == null) {
				server = RunningServer.start(properties);
			}
			users++;
			jdbcUrl = server.jdbcUrl();
		}
	}

	String jdbcUrl() {
		return jdbcUrl;
	}

	@Override
	public void destroy() {
		synchronized (EmbeddedPostgresServer.class) {
			if (--users > 0 || server == null) {
				return;
			}
			server.stop();
			server = null;
		}
	}
}
