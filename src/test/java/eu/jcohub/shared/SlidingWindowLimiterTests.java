package eu.jcohub.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

public class SlidingWindowLimiterTests {

	/** A clock the test moves by hand. */
	public static final class HandClock extends Clock {

		private Instant now = Instant.parse("2061-01-01T00:00:00Z");

		public void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneId.of("UTC");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}

	private final HandClock clock = new HandClock();
	private final SlidingWindowLimiter limiter = new SlidingWindowLimiter(3, Duration.ofMinutes(1), clock);

	@Test
	void refusesTheAttemptAfterTheLimitAndSaysWhenTheNextOneMayCome() {
		assertThat(limiter.attempt("10.0.0.1")).isEmpty();
		clock.advance(Duration.ofSeconds(20));
		assertThat(limiter.attempt("10.0.0.1")).isEmpty();
		assertThat(limiter.attempt("10.0.0.1")).isEmpty();
		assertThat(limiter.attempt("10.0.0.1")).hasValue(Duration.ofSeconds(40));
		assertThat(limiter.attempt("10.0.0.2")).as("another key has its own count").isEmpty();
	}

	@Test
	void theWindowSlides() {
		limiter.attempt("k");
		clock.advance(Duration.ofSeconds(30));
		limiter.attempt("k");
		limiter.attempt("k");
		clock.advance(Duration.ofSeconds(30));
		assertThat(limiter.attempt("k")).as("the first attempt left the window").isEmpty();
		assertThat(limiter.attempt("k")).hasValue(Duration.ofSeconds(30));
	}

	@Test
	void refusedAttemptsDoNotCount() {
		for (int i = 0; i < 3; i++) {
			limiter.attempt("k");
		}
		for (int i = 0; i < 10; i++) {
			assertThat(limiter.attempt("k")).isPresent();
		}
		clock.advance(Duration.ofMinutes(1));
		assertThat(limiter.attempt("k")).isEmpty();
	}

	@Test
	void forgetsIdleKeys() {
		limiter.attempt("a");
		limiter.attempt("b");
		clock.advance(Duration.ofSeconds(61));
		limiter.attempt("c");
		limiter.sweep(clock.millis());
		assertThat(limiter.keys()).isEqualTo(1);
	}
}
