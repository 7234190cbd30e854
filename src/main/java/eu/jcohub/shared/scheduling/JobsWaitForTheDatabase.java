package eu.jcohub.shared.scheduling;

import eu.jcohub.shared.db.DatabaseAvailability;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.Trigger;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Scheduled jobs wait while the database cannot be reached: a job that is due starts once it answers, and a job
 * that meets an outage runs again when it is back, instead of failing and being skipped until its next day. The
 * jobs are handed to the scheduler wrapped, inside the scheduler's own error handling, so the wrapper sees the
 * failure first.
 */
@Configuration(proxyBeanMethods = false)
class JobsWaitForTheDatabase implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(JobsWaitForTheDatabase.class);
	private final TaskScheduler scheduler;
	private final DatabaseAvailability availability;

	JobsWaitForTheDatabase(TaskScheduler scheduler, DatabaseAvailability availability) {
		this.scheduler = scheduler;
		this.availability = availability;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.setScheduler(new WaitingScheduler(scheduler, availability));
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

	/** The scheduler, with every job it is given wrapped by {@link #runWhenReachable}. */
	private record WaitingScheduler(TaskScheduler scheduler, DatabaseAvailability availability) implements TaskScheduler {

		private Runnable waiting(Runnable job) {
			return () -> runWhenReachable(job, availability);
		}

		@Override
		public Clock getClock() {
			return scheduler.getClock();
		}

		@Override
		public ScheduledFuture<?> schedule(Runnable task, Trigger trigger) {
			return scheduler.schedule(waiting(task), trigger);
		}

		@Override
		public ScheduledFuture<?> schedule(Runnable task, Instant startTime) {
			return scheduler.schedule(waiting(task), startTime);
		}

		@Override
		public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, Instant startTime, Duration period) {
			return scheduler.scheduleAtFixedRate(waiting(task), startTime, period);
		}

		@Override
		public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, Duration period) {
			return scheduler.scheduleAtFixedRate(waiting(task), period);
		}

		@Override
		public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, Instant startTime, Duration delay) {
			return scheduler.scheduleWithFixedDelay(waiting(task), startTime, delay);
		}

		@Override
		public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, Duration delay) {
			return scheduler.scheduleWithFixedDelay(waiting(task), delay);
		}
	}
}
