package eu.jcohub.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Input that cannot be accepted, with a message per offending field. Becomes a 422 problem detail
 * whose {@code errors} lists the fields; forms show each message next to its field.
 */
public class InvalidInput extends RuntimeException {

	private final Map<String, String> fieldErrors;

	public InvalidInput(Map<String, String> fieldErrors) {
		super("Invalid input: " + fieldErrors);
		this.fieldErrors = Map.copyOf(new LinkedHashMap<>(fieldErrors));
	}

	public static InvalidInput of(String field, String message) {
		return new InvalidInput(Map.of(field, message));
	}

	public Map<String, String> fieldErrors() {
		return fieldErrors;
	}

	/** Collects field errors while checking a whole input, then throws once if any were found. */
	public static final class Collector {

		private final Map<String, String> errors = new LinkedHashMap<>();

		public Collector reject(String field, String message) {
			errors.putIfAbsent(field, message);
			return this;
		}

		/**
		 * Rejects a text that cannot be stored (it holds a NUL character) or is longer than {@code max}
		 * characters; a missing text is fine.
		 */
		public Collector text(String field, @Nullable String value, int max) {
			if (!Texts.storable(value)) {
				reject(field, Texts.NUL);
			}
			else if (value != null && value.strip().length() > max) {
				reject(field, "at most " + String.format(java.util.Locale.ROOT, "%,d", max) + " characters");
			}
			return this;
		}

		public boolean hasErrors() {
			return !errors.isEmpty();
		}

		public Map<String, String> errors() {
			return Map.copyOf(errors);
		}

		public void throwIfAny() {
			if (!errors.isEmpty()) {
				throw new InvalidInput(errors);
			}
		}
	}
}
