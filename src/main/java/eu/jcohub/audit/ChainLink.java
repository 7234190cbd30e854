package eu.jcohub.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** The hash that chains an audit entry to the one before it. */
final class ChainLink {

	private ChainLink() {
	}

	static String hash(String previousHash, Instant at, String actor, String organisation, String action,
			String entityType, String entityId, String before, String after, String remoteAddress) {
		var text = String.join("\u001f", previousHash, at.toString(), actor, organisation, action, entityType,
				entityId, before, after, remoteAddress);
		try {
			var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
