package eu.jcohub.shared.startup;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Work an instance must finish before it is usable (loading the demo, for one). Until all of it is done, health
 * and readiness say OUT_OF_SERVICE: "up" means a user can sign in and work, not merely that the server answers.
 */
@Component("startup")
public class StartupWork implements HealthIndicator {

	private final Set<String> pending = ConcurrentHashMap.newKeySet();
	private final ApplicationContext context;
	private volatile boolean started;

	StartupWork(ApplicationContext context) {
		this.context = context;
	}

	/** Announces work that must be done before the instance is usable; call before the server accepts requests. */
	public void begin(String work) {
		pending.add(work);
	}

	public void done(String work) {
		pending.remove(work);
		announceIfReady();
	}

	public boolean ready() {
		return started && pending.isEmpty();
	}

	@EventListener(ApplicationReadyEvent.class)
	void started() {
		started = true;
		if (!pending.isEmpty()) {
			AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
		}
		announceIfReady();
	}

	@Override
	public Health health() {
		return ready() ? Health.up().build() : Health.outOfService().withDetail("pending", Set.copyOf(pending)).build();
	}

	private void announceIfReady() {
		if (ready()) {
			AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
		}
	}
}
