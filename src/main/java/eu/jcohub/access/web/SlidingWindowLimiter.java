package eu.jcohub.access.web;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Allows each key at most {@code limit} attempts in any window of the given length (a sliding log: the
 * times of the attempts let through in the last window). Refused attempts do not count, so a client that
 * waits as told gets through. In memory, per instance.
 */
final class SlidingWindowLimiter {

	private static final int SWEEP_ABOVE_KEYS = 10_000;
	private final int limit;
	private final long windowMillis;
	private final Clock clock;
	private final Map<String, Deque<Long>> attempts = new ConcurrentHashMap<>();

	SlidingWindowLimiter(int limit, Duration window, Clock clock) {
		if (limit < 1 || window.isNegative() || window.isZero()) {
			throw new IllegalArgumentException("A rate limit needs at least one attempt in a positive window");
		}
		this.limit = limit;
		this.windowMillis = window.toMillis();
		this.clock = clock;
	}

	/** Counts an attempt for the key; empty if it may go ahead, else how long until the next one may. */
	Optional<Duration> attempt(String key) {
		long now = clock.millis();
		if (attempts.size() > SWEEP_ABOVE_KEYS) {
			sweep(now);
		}
		var log = attempts.computeIfAbsent(key, k -> new ArrayDeque<>());
		synchronized (log) {
			while (!log.isEmpty() && log.peekFirst() <= now - windowMillis) {
				log.pollFirst();
			}
			if (log.size() >= limit) {
				return Optional.of(Duration.ofMillis(log.peekFirst() + windowMillis - now));
			}
			log.addLast(now);
			return Optional.empty();
		}
	}

	int keys() {
		return attempts.size();
	}

	/** Forgets keys without an attempt in the last window, so a stream of new keys cannot fill the memory. */
	void sweep(long now) {
		attempts.entrySet().removeIf(entry -> {
			synchronized (entry.getValue()) {
				var last = entry.getValue().peekLast();
				return last == null || last <= now - windowMillis;
			}
		});
	}
}
