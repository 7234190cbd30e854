package eu.jcohub.exchange;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Another body's published calendar that JCO Hub follows: where it is, whose operations it holds, how often to
 * pull it, and how the last pull went. The credential itself never leaves the store; only its kind does.
 *
 * @param credentialKind NONE, BEARER or BASIC
 * @param failing whether the last pull failed: shown to the owner, never silently stale
 */
record CalendarSubscription(UUID id, String name, String url, String organiser, Duration pullInterval,
		String credentialKind, String ownerUsername, @Nullable String etag, @Nullable String lastModified,
		@Nullable Instant lastPullAt, boolean failing, @Nullable String lastError, Instant createdAt) {

	boolean dueAt(Instant now) {
		return lastPullAt == null || !lastPullAt.plus(pullInterval).isAfter(now);
	}
}
