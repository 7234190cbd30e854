package eu.jcohub.shared;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Allows each key at most {@code limit} attempts in any window of the given length (a sliding log: the
 * times of the attempts let through in the last window). Refused attempts do not count, so a client that
 * waits as told gets through. In memory, per instance.
 */
public final class SlidingWindowLimiter {

	private static final int SWEEP_ABOVE_KEYS = 10_000;
	private final int limit;
	private final long windowMillis;
	private final Clock clock;
	private final Map<String, Deque<Long>> attempts = new ConcurrentHashMap<>();
	private final AtomicLong nextSweep = new AtomicLong();

	public SlidingWindowLimiter(int limit, Duration window, Clock clock) {
		if (limit < 1 || window.isNegative() || window.isZero()) {
			throw new IllegalArgumentException("A rate limit needs at least one attempt in a positive window");
		}
		this.limit = limit;
		this.windowMillis = window.toMillis();
		this.clock = clock;
	}

	/** Counts an attempt for the key; empty if it may go ahead, else how long until the next one may. */
	public Optional<Duration> attempt(String key) {
		long now = clock.millis();
		sweepIfCrowded(now);
		var wait = new long[1];
		attempts.compute(key, (k, log) -> {
			var times = log == null ? new ArrayDeque<Long>() : log;
			forgetBefore(times, now);
			if (times.size() >= limit) {
				wait[0] = times.peekFirst() + windowMillis - now;
			}
			else {
				times.addLast(now);
			}
			return times;
		});
		return wait[0] > 0 ? Optional.of(Duration.ofMillis(wait[0])) : Optional.empty();
	}

	int keys() {
		return attempts.size();
	}

	/** Forgets keys without an attempt in the last window, so a stream of new keys cannot fill the memory. */
	void sweep(long now) {
		attempts.keySet().forEach(key -> attempts.computeIfPresent(key, (k, log) -> {
			forgetBefore(log, now);
			return log.isEmpty() ? null : log;
		}));
	}

	/** Sweeps at most once a window, and only when many keys are held: not a pass over all keys per request. */
	private void sweepIfCrowded(long now) {
		long due = nextSweep.get();
		if (attempts.size() > SWEEP_ABOVE_KEYS && now >= due && nextSweep.compareAndSet(due, now + windowMillis)) {
			sweep(now);
		}
	}

	private void forgetBefore(Deque<Long> times, long now) {
		while (!times.isEmpty() && times.peekFirst() <= now - windowMillis) {
			times.pollFirst();
		}
	}
}
