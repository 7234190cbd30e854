package eu.jcohub.accounts;

import eu.jcohub.shared.InvalidInput;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A user's request for a personal API token: a name to recognise it by, its scopes and how many days it is
 * valid ({@value #MIN_DAYS} to {@value #MAX_DAYS}, {@value #DEFAULT_DAYS} unless chosen).
 */
public record TokenRequest(String name, Set<TokenScope> scopes, int validityDays) {

	public static final int MIN_DAYS = 1;
	public static final int MAX_DAYS = 365;
	public static final int DEFAULT_DAYS = 90;
	static final int MAX_NAME = 80;

	public TokenRequest {
		scopes = TokenScope.closed(scopes);
		if (name.isBlank() || name.length() > MAX_NAME || scopes.isEmpty() || validityDays < MIN_DAYS
				|| validityDays > MAX_DAYS) {
			throw new IllegalArgumentException("Invalid token request; use TokenRequest.of to get field errors");
		}
	}

	/** Checks the raw input and names every field that is wrong. */
	public static TokenRequest of(@Nullable String name, @Nullable Collection<String> scopes,
			@Nullable Integer validityDays) {
		var errors = new InvalidInput.Collector();
		var trimmed = name == null ? "" : name.strip();
		if (trimmed.isEmpty()) {
			errors.reject("name", "give the token a name to recognise it by");
		}
		errors.text("name", trimmed, MAX_NAME);
		var parsed = EnumSet.noneOf(TokenScope.class);
		if (scopes == null || scopes.isEmpty()) {
			errors.reject("scopes", "choose READ or WRITE");
		}
		else {
			for (var scope : scopes) {
				try {
					parsed.add(TokenScope.valueOf(String.valueOf(scope).strip().toUpperCase(java.util.Locale.ROOT)));
				}
				catch (IllegalArgumentException e) {
					errors.reject("scopes", "unknown scope " + scope + "; use READ or WRITE");
				}
			}
		}
		int days = validityDays == null ? DEFAULT_DAYS : validityDays;
		if (days < MIN_DAYS || days > MAX_DAYS) {
			errors.reject("validityDays", "choose between " + MIN_DAYS + " and " + MAX_DAYS + " days");
		}
		errors.throwIfAny();
		return new TokenRequest(trimmed, parsed, days);
	}

	Duration validity() {
		return Duration.ofDays(validityDays);
	}
}
