package eu.jcohub.audit;

import org.jspecify.annotations.Nullable;
import eu.jcohub.shared.Sha256;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** The hash that chains an audit entry to the one before it. */
final class ChainLink {

	private static final String UNIT = "\u001f";
	private static final String RECORD = "\u001e";

	private ChainLink() {
	}

	/**
	 * The record owner and the record label are covered only when there is one, so entries written before they
	 * existed still verify. The label follows a separator of its own, so that moving a value from one of the two
	 * columns to the other changes the hash.
	 */
	static String hash(String previousHash, Instant at, String actor, String organisation, String action,
			String entityType, String entityId, String before, String after, String remoteAddress,
			@Nullable String recordOwner, @Nullable String recordLabel) {
		var text = new StringBuilder(String.join(UNIT, previousHash, at.toString(), actor, organisation, action,
				entityType, entityId, before, after, remoteAddress));
		if (recordOwner != null) {
			text.append(UNIT).append(recordOwner);
		}
		if (recordLabel != null) {
			text.append(RECORD).append(recordLabel);
		}
		return Sha256.hex(text.toString());
	}

	/**
	 * What an entry's hash covers besides the hash before it, as read back from the database (the time as stored,
	 * PostgreSQL's own rendering of the states): linking and verification read it the same way.
	 */
	record Content(Instant at, String actor, String organisation, String action, String entityType, String entityId,
			String before, String after, String remoteAddress, @Nullable String recordOwner,
			@Nullable String recordLabel) {

		/** From a row with the columns of audit_log and {@code before::text}, {@code after::text} as before, after. */
		static Content of(ResultSet rs) throws SQLException {
			return new Content(rs.getTimestamp("at").toInstant(), rs.getString("actor"), rs.getString("organisation"),
					rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("before"),
					rs.getString("after"), rs.getString("remote_address"), rs.getString("record_owner"),
					rs.getString("record_label"));
		}

		String hash(String previousHash) {
			return ChainLink.hash(previousHash, at, actor, organisation, action, entityType, entityId, before, after,
					remoteAddress, recordOwner, recordLabel);
		}
	}
}
