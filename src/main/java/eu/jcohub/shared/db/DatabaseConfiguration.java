package eu.jcohub.shared.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one data source: external PostgreSQL when {@code JCOHUB_DB_URL} is set, embedded otherwise. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	@Bean
	DataSource dataSource(DatabaseProperties properties) {
		var config = new HikariConfig();
		if (properties.external()) {
			config.setJdbcUrl(properties.url());
			config.setUsername(properties.user());
			config.setPassword(properties.password());
		}
		else {
			config.setJdbcUrl(EmbeddedPostgresServer.jdbcUrl(properties));
		}
		config.setMaximumPoolSize(properties.poolSize());
		config.setPoolName("jcohub");
		return new HikariDataSource(config);
	}
}
