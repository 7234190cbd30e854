package eu.jcohub.deconfliction.internal;

import eu.jcohub.shared.SlidingWindowLimiter;
import eu.jcohub.shared.TooManyRequests;
import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Component;

/** Counts each user's draft checks against {@link CheckLimits}; one over the limit is refused with a 429. */
@Component
public class CheckRateLimit {

	private final SlidingWindowLimiter perMinute;
	private final SlidingWindowLimiter perDay;

	CheckRateLimit(CheckLimits limits, Clock clock) {
		this.perMinute = new SlidingWindowLimiter(limits.perMinute(), Duration.ofMinutes(1), clock);
		this.perDay = new SlidingWindowLimiter(limits.perDay(), Duration.ofDays(1), clock);
	}

	public void count(String username) {
		var wait = perMinute.attempt(username).or(() -> perDay.attempt(username));
		if (wait.isPresent()) {
			throw new TooManyRequests("conflict.check.tooMany",
					"Too many conflict checks; try again in a while.", wait.get());
		}
	}
}
