package eu.jcohub.audit.web;

import eu.jcohub.shared.AuditAction;
import eu.jcohub.audit.ReadableEntry;
import eu.jcohub.shared.RecordKind;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An audit entry on the API: the stored codes and states for machines and verification, and the same entry in
 * the reader's words.
 */
record AuditEntryResource(long id, Instant at, String actor, String organisation, AuditAction action,
		RecordKind entityType, String entityId, String before, String after, String remoteAddress, @Nullable String hash,
		@Nullable String recordOwner, @Nullable String recordLabel, InWords inWords) {

	static AuditEntryResource of(ReadableEntry readable) {
		var entry = readable.entry();
		return new AuditEntryResource(entry.id(), entry.at(), entry.actor(), entry.organisation(), entry.action(),
				entry.entityType(), entry.entityId(), entry.before(), entry.after(), entry.remoteAddress(), entry.hash(),
				entry.recordOwner(), entry.recordLabel(),
				new InWords(readable.when(), readable.actor(), readable.organisation(), readable.action(),
						readable.kind(), readable.record(),
						readable.changes().stream().map(ReadableEntry.Change::line).toList(), readable.origin()));
	}

	/** The entry as the audit trail page shows it. */
	record InWords(String when, String actor, String actingFor, String what, String kindOfRecord, String record,
			List<String> changes, String origin) {
	}
}
