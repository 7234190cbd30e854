package eu.jcohub.backup;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Writes the daily backup, on one instance of the cluster at a time. */
@Component
class BackupJob {

	private static final Logger log = LoggerFactory.getLogger(BackupJob.class);
	private final Backups backups;

	BackupJob(Backups backups) {
		this.backups = backups;
	}

	/** Public so that the lock's proxy surely intercepts it; the class itself stays package-private. */
	@Scheduled(cron = "${jcohub.backup.cron:0 30 1 * * *}", zone = "UTC")
	@SchedulerLock(name = "backup", lockAtMostFor = "PT2H")
	public void daily() {
		var file = backups.toDirectory();
		log.info("Daily backup written: {}", file);
	}
}
