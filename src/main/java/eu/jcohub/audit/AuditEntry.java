package eu.jcohub.audit;

import org.jspecify.annotations.Nullable;
import java.time.Instant;

/** One line of the audit trail, as read back. */
public record AuditEntry(long id, Instant at, String actor, String organisation, String action, String entityType,
		String entityId, String before, String after, String remoteAddress, String hash,
		@Nullable String recordOwner) {
}
