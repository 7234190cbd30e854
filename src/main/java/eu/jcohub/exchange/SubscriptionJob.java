package eu.jcohub.exchange;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every minute, on one instance of the cluster: pulls the subscriptions whose interval has passed. */
@Component
class SubscriptionJob {

	private final CalendarSubscriptions subscriptions;
	private final SubscriptionPuller puller;
	private final Clock clock;

	SubscriptionJob(CalendarSubscriptions subscriptions, SubscriptionPuller puller, Clock clock) {
		this.subscriptions = subscriptions;
		this.puller = puller;
		this.clock = clock;
	}

	/** Public so that the lock's proxy surely intercepts it; the class itself stays package-private. */
	@Scheduled(fixedDelayString = "${jcohub.exchange.subscriptions.check-every:PT1M}",
			initialDelayString = "${jcohub.exchange.subscriptions.first-check-after:PT1M}")
	@SchedulerLock(name = "calendar-subscriptions", lockAtMostFor = "PT15M")
	public void pullDue() {
		var now = clock.instant();
		subscriptions.all().stream().filter(subscription -> subscription.dueAt(now)).forEach(puller::pull);
	}
}
