package eu.jcohub.audit;

import eu.jcohub.shared.Sha256;
import java.time.Instant;

/** The hash that chains an audit entry to the one before it. */
final class ChainLink {

	private ChainLink() {
	}

	static String hash(String previousHash, Instant at, String actor, String organisation, String action,
			String entityType, String entityId, String before, String after, String remoteAddress) {
		return Sha256.hex(String.join("\u001f", previousHash, at.toString(), actor, organisation, action,
				entityType, entityId, before, after, remoteAddress));
	}
}
