package eu.jcohub.shared;

import java.util.List;

/**
 * Many records changed in one transaction, published at once (a bulk submission): the audit trail appends them in
 * order, as if each had been published as a {@link RecordChanged}, with one round trip to the database for all of
 * them instead of several per record.
 */
public record RecordsChanged(List<RecordChanged> changes) {

	public RecordsChanged {
		changes = List.copyOf(changes);
	}
}
