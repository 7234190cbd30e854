package eu.jcohub.accounts;

import eu.jcohub.shared.InvalidInput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a password must be: {@code minLength} to {@code maxLength} characters, not containing the username,
 * not one of the commonly used passwords. The demo relaxes the rules (its accounts share the password
 * {@code demo}); nowhere else.
 */
public record PasswordRules(int minLength, int maxLength, boolean rejectsUsername, Set<String> common) {

	public static final int MIN_LENGTH = 12;
	public static final int MAX_LENGTH = 128;
	private static final String COMMON_PASSWORDS = "/accounts/common-passwords.txt";

	public PasswordRules {
		if (minLength < 1 || maxLength < minLength) {
			throw new IllegalArgumentException("length limits " + minLength + ".." + maxLength);
		}
		common = common.stream().map(p -> p.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
	}

	/** The rules for law-enforcement data, with the bundled list of common passwords. */
	public static PasswordRules strict() {
		return new PasswordRules(MIN_LENGTH, MAX_LENGTH, true, commonPasswords());
	}

	/** The demo's rules: any password that is not empty. */
	public static PasswordRules demo() {
		return new PasswordRules(1, MAX_LENGTH, false, Set.of());
	}

	/** Rejects the password on {@code field} with the first rule it breaks. */
	public void check(String username, String password, String field, InvalidInput.Collector errors) {
		var lower = password.toLowerCase(Locale.ROOT);
		if (password.length() < minLength) {
			errors.reject(field, "use at least " + minLength + " characters");
		}
		else if (password.length() > maxLength) {
			errors.reject(field, "use at most " + maxLength + " characters");
		}
		else if (password.chars().anyMatch(Character::isISOControl)) {
			// No keyboard types them, and some systems cut a password short at a NUL.
			errors.reject(field, "must not contain control characters (such as NUL or a line break)");
		}
		else if (rejectsUsername && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
			errors.reject(field, "must not contain your username");
		}
		else if (common.contains(lower)) {
			errors.reject(field, "this password is too common; choose another");
		}
	}

	public boolean accepts(String username, String password) {
		var errors = new InvalidInput.Collector();
		check(username, password, "password", errors);
		return !errors.hasErrors();
	}

	private static Set<String> commonPasswords() {
		try (InputStream in = PasswordRules.class.getResourceAsStream(COMMON_PASSWORDS)) {
			if (in == null) {
				throw new IllegalStateException(COMMON_PASSWORDS + " is missing");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.collect(Collectors.toSet());
		}
		catch (IOException e) {
			throw new IllegalStateException(COMMON_PASSWORDS + " cannot be read", e);
		}
	}
}
