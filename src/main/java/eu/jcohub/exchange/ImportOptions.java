package eu.jcohub.exchange;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How to import a file.
 *
 * @param organiser the organiser of every operation in the file (a body's work programme); when null, the
 *        file's organiser column / X-JCOHUB-ORGANISER, else the importing user's organisation
 * @param riskAreas risk areas for operations the file names none for
 * @param importValidPart save the valid lines even if others are rejected
 * @param accepted the suggestions the importer accepted, as {@link #key} of a line and a field; {@link #ALL} for
 *        every suggestion
 * @param checkOnly read, validate and suggest, but save nothing: the review before the import
 */
record ImportOptions(@Nullable String organiser, Set<String> riskAreas, boolean importValidPart, Set<String> accepted,
		boolean checkOnly) {

	static final String ALL = "*";

	ImportOptions {
		organiser = organiser == null || organiser.isBlank() ? null : organiser.strip().toUpperCase(java.util.Locale.ROOT);
		riskAreas = riskAreas == null ? Set.of() : Set.copyOf(riskAreas);
		accepted = accepted == null ? Set.of() : Set.copyOf(accepted);
	}

	ImportOptions(@Nullable String organiser, Set<String> riskAreas, boolean importValidPart) {
		this(organiser, riskAreas, importValidPart, Set.of(), false);
	}

	/** Names one suggestion of one line: {@code UID abc@example.org|participants}. */
	static String key(String ref, String field) {
		return ref + "|" + field;
	}

	boolean accepts(String ref, String field) {
		return accepted.contains(ALL) || accepted.contains(key(ref, field));
	}
}
