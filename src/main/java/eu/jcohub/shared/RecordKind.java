package eu.jcohub.shared;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/**
 * A kind of record the audit trail speaks of ({@code operation}, {@code seizure-report} …). Each module declares
 * the kinds of its own records, next to the code that changes them, and their words in its message bundle
 * ({@code audit.kind.<code>}); the audit module knows none of them. The code is what the trail stores.
 */
public record RecordKind(@JsonValue String code) {

	private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

	public RecordKind {
		if (code == null || !CODE.matcher(code).matches()) {
			throw new IllegalArgumentException("a record kind is written in lower case with hyphens: " + code);
		}
	}

	@Override
	public String toString() {
		return code;
	}
}
