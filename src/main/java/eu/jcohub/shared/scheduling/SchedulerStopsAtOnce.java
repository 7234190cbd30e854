package eu.jcohub.shared.scheduling;

import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * On shutdown the scheduler lets a job that is running finish (up to
 * {@code spring.task.scheduling.shutdown.await-termination-period}) but drops the runs that are only due later. By
 * default it would keep those, and the shutdown would wait the whole period for runs due at night, for nothing.
 */
@Configuration(proxyBeanMethods = false)
class SchedulerStopsAtOnce {

	@Bean
	ThreadPoolTaskSchedulerCustomizer laterRunsDroppedOnShutdown() {
		return scheduler -> {
			scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
			scheduler.setRemoveOnCancelPolicy(true);
		};
	}
}
