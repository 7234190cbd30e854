package eu.jcohub.accounts;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238): HMAC-SHA1 over the number of 30-second steps since the epoch,
 * six digits. A code is accepted one step early or late (clocks drift), and never for a step at or before the
 * last one accepted, so an overheard code cannot be replayed.
 */
final class Totp {

	static final long STEP_SECONDS = 30;
	private static final int DIGITS = 6;

	private Totp() {
	}

	static long step(Instant time) {
		return Math.floorDiv(time.getEpochSecond(), STEP_SECONDS);
	}

	/** The code for one time step, with leading zeros. */
	static String code(TotpSecret secret, long step) {
		return code(secret.bytes(), step, DIGITS);
	}

	/** RFC 4226 dynamic truncation of HMAC-SHA1; {@code digits} up to 8 (the RFC vectors use 8). */
	static String code(byte[] key, long step, int digits) {
		try {
			var mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(key, "HmacSHA1"));
			var hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
			int offset = hash[hash.length - 1] & 0x0f;
			int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			int modulo = (int) Math.pow(10, digits);
			return String.format("%0" + digits + "d", binary % modulo);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
		}
	}

	/**
	 * The step the code belongs to, if it is valid at {@code now} (±1 step) and later than {@code lastUsed}.
	 */
	static OptionalLong match(TotpSecret secret, String code, Instant now, OptionalLong lastUsed) {
		var typed = code.replaceAll("\\s", "");
		if (!typed.matches("\\d{" + DIGITS + "}")) {
			return OptionalLong.empty();
		}
		long current = step(now);
		for (long step = current - 1; step <= current + 1; step++) {
			boolean fresh = lastUsed.isEmpty() || step > lastUsed.getAsLong();
			if (fresh && MessageDigest.isEqual(code(secret, step).getBytes(), typed.getBytes())) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}
}
