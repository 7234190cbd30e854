package eu.jcohub.shared.db;

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
 */
@ConfigurationProperties("jcohub.db")
public record DatabaseProperties(@Nullable String url, @Nullable String user, @Nullable String password,
		String dataDir, boolean durable, boolean ephemeral, int poolSize) {

	public DatabaseProperties {
		if (dataDir == null || dataDir.isBlank()) {
			dataDir = "./data";
		}
		if (poolSize <= 0) {
			poolSize = 10;
		}
	}

	public boolean external() {
		return url != null && !url.isBlank();
	}
}
