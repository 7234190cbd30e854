package eu.jcohub.shared;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Published by any module when it changes a record; the audit trail appends it in the same transaction,
 * so a change without its audit entry cannot be committed.
 *
 * @param kind the kind of record, declared by the module that owns it
 * @param entityId the record's id
 * @param action what happened
 * @param before the relevant fields before the change (empty for a creation)
 * @param after the relevant fields after the change
 * @param recordOwner the organisation that owns the record, when another organisation may act on it (its
 *        entries then show in the owner's audit trail too)
 * @param recordLabel what a reader calls the record at the time of the change (an operation's name, a report's
 *        reference), so the trail names it without reading the owning module's tables; never personal data
 */
public record RecordChanged(RecordKind kind, String entityId, AuditAction action, Map<String, ?> before,
		Map<String, ?> after, @Nullable String recordOwner, @Nullable String recordLabel) {

	static final int MAX_LABEL = 200;

	public RecordChanged {
		recordLabel = cleaned(recordLabel);
	}

	public RecordChanged(RecordKind kind, String entityId, AuditAction action, Map<String, ?> before,
			Map<String, ?> after) {
		this(kind, entityId, action, before, after, null, null);
	}

	/** The same change, marked as concerning a record of the given organisation. */
	public RecordChanged ownedBy(String owner) {
		return new RecordChanged(kind, entityId, action, before, after, owner, recordLabel);
	}

	/** The same change, naming the record as its readers know it. */
	public RecordChanged labelled(String label) {
		return new RecordChanged(kind, entityId, action, before, after, recordOwner, label);
	}

	public static RecordChanged created(RecordKind kind, String entityId, Map<String, ?> after) {
		return new RecordChanged(kind, entityId, AuditAction.CREATED, Map.of(), after);
	}

	public static RecordChanged updated(RecordKind kind, String entityId, Map<String, ?> before,
			Map<String, ?> after) {
		return new RecordChanged(kind, entityId, AuditAction.UPDATED, before, after);
	}

	public static RecordChanged of(RecordKind kind, String entityId, AuditAction action,
			@Nullable Map<String, ?> after) {
		return new RecordChanged(kind, entityId, action, Map.of(), after == null ? Map.of() : after);
	}

	/** One line of plain text: the label is part of the hashed entry, so it must not carry separators. */
	private static @Nullable String cleaned(@Nullable String label) {
		if (label == null) {
			return null;
		}
		var text = label.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
		if (text.isEmpty()) {
			return null;
		}
		return text.length() <= MAX_LABEL ? text : text.substring(0, MAX_LABEL - 1) + "…";
	}
}
