package eu.jcohub.shared.db;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the data lives. Without {@code url} JCO Hub starts an embedded PostgreSQL under
 * {@code dataDir}; with it, it uses that external PostgreSQL and starts nothing.
 *
 * @param url external JDBC URL ({@code JCOHUB_DB_URL}); empty for the embedded database
 * @param user external database user ({@code JCOHUB_DB_USER})
 * @param password external database password ({@code JCOHUB_DB_PASSWORD})
 * @param dataDir directory of the embedded database ({@code JCOHUB_DATA_DIR})
 * @param durable whether the embedded database syncs to disk; only tests turn it off
 * @param ephemeral tests only: a fresh throwaway embedded database per JVM in a temporary directory
 * @param poolSize connections in the pool
 * @param connectTimeout how long a request waits for a database connection before it is answered 503
 *        ({@code JCOHUB_DB_CONNECT_TIMEOUT}); also the driver's connect timeout
 * @param queryTimeout how long a query may wait for the database's answer on the network before its connection
 *        counts as lost (the driver's socket timeout): it bounds a request stuck on an unreachable database
 * @param startupTimeout how long the embedded PostgreSQL may take to start, crash recovery included
 */
@ConfigurationProperties("jcohub.db")
public record DatabaseProperties(@Nullable String url, @Nullable String user, @Nullable String password,
		String dataDir, boolean durable, boolean ephemeral, int poolSize, Duration connectTimeout,
		Duration queryTimeout, Duration startupTimeout) {

	public DatabaseProperties {
		if (dataDir == null || dataDir.isBlank()) {
			dataDir = "./data";
		}
		if (poolSize <= 0) {
			poolSize = 10;
		}
		if (connectTimeout == null || connectTimeout.toMillis() < 500) {
			connectTimeout = Duration.ofSeconds(3);
		}
		if (queryTimeout == null || queryTimeout.isNegative()) {
			queryTimeout = Duration.ofSeconds(60);
		}
		if (startupTimeout == null || startupTimeout.toSeconds() < 10) {
			startupTimeout = Duration.ofMinutes(2);
		}
	}

	public boolean external() {
		return url != null && !url.isBlank();
	}

	/** The embedded database's files: {@code postgres} under the data directory. */
	public Path databaseDirectory() {
		return Path.of(dataDir).toAbsolutePath().normalize().resolve("postgres");
	}
}
