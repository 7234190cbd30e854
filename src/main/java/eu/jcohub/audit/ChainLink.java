package eu.jcohub.audit;

import org.jspecify.annotations.Nullable;
import eu.jcohub.shared.Sha256;
import java.time.Instant;

/** The hash that chains an audit entry to the one before it. */
final class ChainLink {

	private ChainLink() {
	}

	/** The record owner is covered only when there is one, so entries written before it existed still verify. */
	static String hash(String previousHash, Instant at, String actor, String organisation, String action,
			String entityType, String entityId, String before, String after, String remoteAddress,
			@Nullable String recordOwner) {
		var text = String.join("\u001f", previousHash, at.toString(), actor, organisation, action, entityType,
				entityId, before, after, remoteAddress);
		return Sha256.hex(recordOwner == null ? text : text + "\u001f" + recordOwner);
	}
}
