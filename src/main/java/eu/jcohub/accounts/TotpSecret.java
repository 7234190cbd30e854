package eu.jcohub.accounts;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;

/** The shared secret of a TOTP authenticator: 20 random bytes, shown in Base32. */
public record TotpSecret(byte[] bytes) {

	private static final SecureRandom random = new SecureRandom();
	private static final String ISSUER = "JCO Hub";

	public TotpSecret {
		if (bytes.length < 10) {
			throw new IllegalArgumentException("a TOTP secret needs at least 80 bits");
		}
		bytes = bytes.clone();
	}

	public static TotpSecret random() {
		var bytes = new byte[20];
		random.nextBytes(bytes);
		return new TotpSecret(bytes);
	}

	public static TotpSecret ofBase32(String text) {
		return new TotpSecret(Base32.decode(text));
	}

	@Override
	public byte[] bytes() {
		return bytes.clone();
	}

	public String base32() {
		return Base32.encode(bytes);
	}

	/** The six-digit code an authenticator holding this secret shows at the time given. */
	public String codeAt(Instant time) {
		return Totp.code(this, Totp.step(time));
	}

	/** The Base32 text in groups of four, for typing it into an authenticator by hand. */
	public String grouped() {
		return base32().replaceAll("(.{4})(?!$)", "$1 ");
	}

	/** The key URI authenticator apps read (usually from a QR code). */
	public String uri(String username) {
		var issuer = encode(ISSUER);
		return "otpauth://totp/" + issuer + ":" + encode(username) + "?secret=" + base32() + "&issuer=" + issuer;
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof TotpSecret secret && Arrays.equals(bytes, secret.bytes);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(bytes);
	}

	@Override
	public String toString() {
		return "TotpSecret[hidden]";
	}
}
