package eu.jcohub.shared.scheduling;

import eu.jcohub.shared.db.DatabaseAvailability;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Scheduled jobs wait while the database cannot be reached: a job that is due starts once it answers, and a job
 * that meets an outage runs again when it is back, instead of failing and being skipped until its next day.
 */
@Configuration(proxyBeanMethods = false)
class JobsWaitForTheDatabase {

	private static final Logger log = LoggerFactory.getLogger(JobsWaitForTheDatabase.class);

	@Bean
	ThreadPoolTaskSchedulerCustomizer waitForTheDatabase(DatabaseAvailability availability) {
		return scheduler -> scheduler.setTaskDecorator(job -> () -> runWhenReachable(job, availability));
	}

	static void runWhenReachable(Runnable job, DatabaseAvailability availability) {
		while (true) {
			try {
				availability.awaitReachable();
			}
			catch (InterruptedException e) {
				// The scheduler is shutting down.
				Thread.currentThread().interrupt();
				return;
			}
			try {
				job.run();
				return;
			}
			catch (RuntimeException e) {
				if (!availability.report(e)) {
					throw e;
				}
				log.warn("A scheduled job could not reach the database; it runs again once the database answers");
			}
		}
	}
}
