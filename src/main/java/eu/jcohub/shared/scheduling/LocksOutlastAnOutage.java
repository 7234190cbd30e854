package eu.jcohub.shared.scheduling;

import eu.jcohub.shared.db.DatabaseAvailability;
import java.time.Duration;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

/**
 * A job that meets an outage cannot give its lock back: the release waits for the database instead. Otherwise the
 * lock would hold until its longest time ran out, and the job, run again once the database returns, would find it
 * taken and be skipped until its next day.
 */
final class LocksOutlastAnOutage implements LockProvider {

	private final LockProvider locks;
	private final DatabaseAvailability availability;

	LocksOutlastAnOutage(LockProvider locks, DatabaseAvailability availability) {
		this.locks = locks;
		this.availability = availability;
	}

	@Override
	public Optional<SimpleLock> lock(LockConfiguration configuration) {
		return locks.lock(configuration).map(ReleasedWhenReachable::new);
	}

	private final class ReleasedWhenReachable implements SimpleLock {

		private final SimpleLock lock;

		ReleasedWhenReachable(SimpleLock lock) {
			this.lock = lock;
		}

		@Override
		public void unlock() {
			while (true) {
				try {
					lock.unlock();
					return;
				}
				catch (RuntimeException e) {
					if (!availability.report(e)) {
						throw e;
					}
				}
				try {
					availability.awaitReachable();
				}
				catch (InterruptedException e) {
					// Shutting down: the lock ends at its longest time.
					Thread.currentThread().interrupt();
					return;
				}
			}
		}

		@Override
		public Optional<SimpleLock> extend(Duration lockAtMostFor, Duration lockAtLeastFor) {
			return lock.extend(lockAtMostFor, lockAtLeastFor).map(ReleasedWhenReachable::new);
		}
	}
}
