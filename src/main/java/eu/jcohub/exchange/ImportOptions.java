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
 */
record ImportOptions(@Nullable String organiser, Set<String> riskAreas, boolean importValidPart) {

	ImportOptions {
		organiser = organiser == null || organiser.isBlank() ? null : organiser.strip().toUpperCase(java.util.Locale.ROOT);
		riskAreas = riskAreas == null ? Set.of() : Set.copyOf(riskAreas);
	}
}
