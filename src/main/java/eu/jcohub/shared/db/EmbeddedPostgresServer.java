package eu.jcohub.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * The embedded PostgreSQL server, one per JVM: application contexts in the same JVM (tests) share it, and the
 * last one to close stops it. It is a bean the data source depends on, so Spring stops it only after everything
 * that uses the database has shut down.
 * <p>
 * For the application it runs with PostgreSQL's safe settings ({@code fsync}, {@code synchronous_commit},
 * {@code full_page_writes} on) so that an acknowledged change survives a crash.
 */
final class EmbeddedPostgresServer implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
	private static EmbeddedPostgres server;
	private static int users;

	private final String jdbcUrl;

	EmbeddedPostgresServer(DatabaseProperties properties) {
		synchronized (EmbeddedPostgresServer.class) {
			if (server == null) {
				server = start(properties);
			}
			users++;
			jdbcUrl = server.getJdbcUrl("postgres", "postgres");
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
			try {
				server.close();
			}
			catch (IOException e) {
				log.warn("Embedded PostgreSQL did not stop cleanly", e);
			}
			server = null;
		}
	}

	private static EmbeddedPostgres start(DatabaseProperties properties) {
		try {
			var directory = properties.ephemeral() ? Files.createTempDirectory("jcohub-test-db")
					: Path.of(properties.dataDir(), "postgres").toAbsolutePath();
			Files.createDirectories(directory);
			var safe = properties.durable() ? "on" : "off";
			log.info("Starting embedded PostgreSQL in {} (durable: {})", directory, properties.durable());
			return EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(properties.ephemeral())
				.setServerConfig("fsync", safe)
				.setServerConfig("synchronous_commit", safe)
				.setServerConfig("full_page_writes", safe)
				.setServerConfig("max_connections", "100")
				// Spring stops the server after everything that uses it; a JVM hook of its own would race with that.
				.setRegisterShutdownHook(false)
				.start();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
		}
	}
}
