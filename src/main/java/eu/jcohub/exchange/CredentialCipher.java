package eu.jcohub.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps the credentials of subscriptions encrypted at rest (AES-256-GCM). The key comes from
 * {@code jcohub.exchange.credentials-key} (base64, 32 bytes) or, where none is set, from a key file created once
 * in the data directory, readable by its owner only: never from the database that holds what it protects.
 */
@Component
class CredentialCipher {

	private static final int NONCE_BYTES = 12;
	private final SecretKeySpec key;
	private final SecureRandom random = new SecureRandom();

	CredentialCipher(@Value("${jcohub.exchange.credentials-key:}") String configured,
			@Value("${jcohub.db.data-dir:./data}") String dataDir) {
		this.key = new SecretKeySpec(configured.isBlank() ? keyFile(Path.of(dataDir, "exchange-credentials.key"))
				: Base64.getDecoder().decode(configured.strip()), "AES");
	}

	String encrypt(String secret) {
		try {
			var nonce = new byte[NONCE_BYTES];
			random.nextBytes(nonce);
			var cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
			var sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
			var out = new byte[nonce.length + sealed.length];
			System.arraycopy(nonce, 0, out, 0, nonce.length);
			System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
			return Base64.getEncoder().encodeToString(out);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("cannot encrypt a credential", e);
		}
	}

	String decrypt(String stored) {
		try {
			var bytes = Base64.getDecoder().decode(stored);
			var cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, bytes, 0, NONCE_BYTES));
			return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException e) {
			throw new IllegalStateException("a stored credential cannot be decrypted with this key", e);
		}
	}

	private static byte[] keyFile(Path file) {
		try {
			if (Files.exists(file)) {
				return Base64.getDecoder().decode(Files.readString(file).strip());
			}
			Files.createDirectories(file.toAbsolutePath().getParent());
			var bytes = new byte[32];
			new SecureRandom().nextBytes(bytes);
			// Readable by its owner only from its first byte on; where the file system has no POSIX permissions
			// (Windows), the directory's apply.
			if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
				Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			else {
				Files.createFile(file);
			}
			Files.writeString(file, Base64.getEncoder().encodeToString(bytes));
			return bytes;
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read or create the credentials key " + file, e);
		}
	}
}
