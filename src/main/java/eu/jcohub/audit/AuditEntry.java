package eu.jcohub.audit;

import eu.jcohub.shared.RecordKind;
import eu.jcohub.shared.AuditAction;
import org.jspecify.annotations.Nullable;
import java.time.Instant;

/**
 * One line of the audit trail, as stored: codes and the raw state before and after (JSON), for machines and
 * for verification. {@link ReadableEntries} puts it into words for people. The hash is empty while the entry waits
 * to be linked into the chain ({@link AuditChainer}), a moment after it was written.
 */
public record AuditEntry(long id, Instant at, String actor, String organisation, AuditAction action,
		RecordKind entityType, String entityId, String before, String after, String remoteAddress, @Nullable String hash,
		@Nullable String recordOwner, @Nullable String recordLabel) {
}
