package eu.jcohub.shared;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Published by any module when it changes a record; the audit trail appends it in the same transaction,
 * so a change without its audit entry cannot be committed.
 *
 * @param entityType kind of record ({@code operation}, {@code user} …)
 * @param entityId the record's id
 * @param action what happened ({@code CREATED}, {@code UPDATED}, {@code IMPORTED} …)
 * @param before the relevant fields before the change (empty for a creation)
 * @param after the relevant fields after the change
 * @param recordOwner the organisation that owns the record, when another organisation may act on it (its
 *        entries then show in the owner's audit trail too)
 */
public record RecordChanged(String entityType, String entityId, String action, Map<String, ?> before,
		Map<String, ?> after, @Nullable String recordOwner) {

	public RecordChanged(String entityType, String entityId, String action, Map<String, ?> before,
			Map<String, ?> after) {
		this(entityType, entityId, action, before, after, null);
	}

	/** The same change, marked as concerning a record of the given organisation. */
	public RecordChanged ownedBy(String owner) {
		return new RecordChanged(entityType, entityId, action, before, after, owner);
	}

	public static RecordChanged created(String entityType, String entityId, Map<String, ?> after) {
		return new RecordChanged(entityType, entityId, "CREATED", Map.of(), after);
	}

	public static RecordChanged updated(String entityType, String entityId, Map<String, ?> before,
			Map<String, ?> after) {
		return new RecordChanged(entityType, entityId, "UPDATED", before, after);
	}

	public static RecordChanged of(String entityType, String entityId, String action, @Nullable Map<String, ?> after) {
		return new RecordChanged(entityType, entityId, action, Map.of(), after == null ? Map.of() : after);
	}
}
