package eu.jcohub.shared.scheduling;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Events whose handling failed are handled again without a restart: a conflict not recorded, a notification not
 * sent because the database went away for a moment. Every minute, on one instance, the failed ones are
 * resubmitted, each at most a few times. An event whose handling was cut off without even being marked failed (the
 * database was away then too) counts as failed once it has been in progress for too long (Spring Modulith's
 * staleness settings, {@code spring.modulith.events.staleness.*}).
 */
@Component
class FailedEventsAgain {

	private static final int MOST_ATTEMPTS = 10;
	private final FailedEventPublications failed;
	private final Duration after;

	FailedEventsAgain(FailedEventPublications failed, @Value("${jcohub.events.retry-after:1m}") Duration after) {
		this.failed = failed;
		this.after = after;
	}

	/** Public so that the lock's proxy surely intercepts it; the class itself stays package-private. */
	@Scheduled(fixedDelayString = "${jcohub.events.retry-interval:1m}", initialDelayString = "${jcohub.events.retry-interval:1m}")
	@SchedulerLock(name = "failed-events-again", lockAtMostFor = "PT10M")
	public void resubmit() {
		failed.resubmit(ResubmissionOptions.defaults()
			.withMinAge(after)
			.withFilter(publication -> publication.getCompletionAttempts() < MOST_ATTEMPTS));
	}
}
