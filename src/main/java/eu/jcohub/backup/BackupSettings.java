package eu.jcohub.backup;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The daily backup.
 *
 * @param directory where it is written ({@code JCOHUB_BACKUP_DIR}); by default {@code backups} in the data
 *        directory, which is no protection against losing that disk: point it at other storage
 * @param cron when, in UTC ({@code JCOHUB_BACKUP_CRON}; {@code -} switches it off)
 * @param keep how many daily backups are kept; older ones are deleted ({@code JCOHUB_BACKUP_KEEP})
 */
@ConfigurationProperties("jcohub.backup")
record BackupSettings(String directory, String cron, int keep) {

	BackupSettings {
		if (directory == null || directory.isBlank()) {
			directory = "./data/backups";
		}
		if (cron == null || cron.isBlank()) {
			cron = "-";
		}
		if (keep < 1) {
			keep = 7;
		}
	}

	Path path() {
		return Path.of(directory).toAbsolutePath().normalize();
	}

	boolean scheduled() {
		return !cron.equals("-");
	}
}
