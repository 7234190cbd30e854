package eu.jcohub.backup;

import eu.jcohub.backup.internal.Restorer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * With {@code --restore=<backup.zip>}, the backup is restored in place of Flyway's usual migration at start-up, so
 * that nothing else touches the database before it; without it, Flyway migrates as always. {@link RestoreCommand}
 * reports afterwards.
 */
@Configuration(proxyBeanMethods = false)
class RestoreConfiguration {

	static final String OPTION = "restore";

	@Bean
	RestoreOutcome restoreOutcome() {
		return new RestoreOutcome();
	}

	@Bean
	FlywayMigrationStrategy restoreOrMigrate(ApplicationArguments arguments, DataSource dataSource,
			RestoreOutcome outcome) {
		return flyway -> {
			var file = arguments.getOptionValues(OPTION);
			if (file == null || file.isEmpty()) {
				flyway.migrate();
				return;
			}
			try {
				outcome.restored(Restorer.restore(Path.of(file.get(0)), dataSource, flyway));
			}
			catch (IOException e) {
				throw new UncheckedIOException("Could not read the backup " + file.get(0), e);
			}
			catch (SQLException e) {
				throw new DataAccessResourceFailureException("Could not restore the backup " + file.get(0), e);
			}
		};
	}
}
