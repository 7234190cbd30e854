package eu.jcohub.shared.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** The one data source: external PostgreSQL when {@code JCOHUB_DB_URL} is set, embedded otherwise. */
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
		return new HikariDataSource(config);
	}
}
