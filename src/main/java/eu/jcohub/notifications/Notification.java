package eu.jcohub.notifications;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One message to one user, with a link to what it is about. */
public record Notification(UUID id, String recipient, String title, String body, @Nullable String link,
		Instant createdAt, @Nullable Instant readAt) {

	public boolean unread() {
		return readAt == null;
	}
}
