package eu.jcohub.shared.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The one data source: external PostgreSQL when {@code JCOHUB_DB_URL} is set, embedded otherwise. While the
 * database cannot be reached, a request waits at most the connect timeout for a connection and is then answered
 * 503 ({@link DatabaseOutage}); the pool connects again by itself when the database returns.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	@Bean
	@Conditional(EmbeddedDatabaseCondition.class)
	EmbeddedPostgresServer embeddedPostgres(DatabaseProperties properties) {
		return new EmbeddedPostgresServer(properties);
	}

	@Bean
	DataSource dataSource(DatabaseProperties properties, ObjectProvider<EmbeddedPostgresServer> embedded) {
		var config = new HikariConfig();
		@Nullable EmbeddedPostgresServer server = embedded.getIfAvailable();
		if (server != null) {
			config.setJdbcUrl(server.jdbcUrl());
		}
		else {
			config.setJdbcUrl(properties.url());
			config.setUsername(properties.user());
			config.setPassword(properties.password());
		}
		config.setMaximumPoolSize(properties.poolSize());
		config.setPoolName("jcohub");
		long connect = properties.connectTimeout().toMillis();
		config.setConnectionTimeout(connect);
		config.setValidationTimeout(Math.max(250, connect * 2 / 3));
		// The driver's own timeouts (seconds): a connection attempt to an unreachable host, and a query whose
		// answer never comes, end instead of holding a request.
		config.addDataSourceProperty("connectTimeout", Math.max(1, properties.connectTimeout().toSeconds()));
		// A server that accepts the connection but never answers (frozen, overloaded) must not hold it either.
		config.addDataSourceProperty("loginTimeout", Math.max(1, properties.connectTimeout().toSeconds()));
		config.addDataSourceProperty("socketTimeout", properties.queryTimeout().toSeconds());
		config.addDataSourceProperty("tcpKeepAlive", true);
		return new HikariDataSource(config);
	}
}
