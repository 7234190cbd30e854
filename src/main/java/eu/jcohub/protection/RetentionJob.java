package eu.jcohub.protection;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Applies the retention rules once a day, on one instance of the cluster at a time. */
@Component
class RetentionJob {

	private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);
	private final Retention retention;

	RetentionJob(Retention retention) {
		this.retention = retention;
	}

	@Scheduled(cron = "${jcohub.retention.cron:0 15 2 * * *}", zone = "UTC")
	@SchedulerLock(name = "retention", lockAtMostFor = "PT1H")
	void daily() {
		var run = retention.enforce();
		log.info("Retention applied for {}: {} records anonymised {}", run.day(), run.anonymised(), run.byCategory());
	}
}
