package eu.jcohub.exchange;

import java.util.Set;

/**
 * Codes the free text of an imported event names, offered for one field of the plan: never added silently, the
 * importer accepts them (or edits the operation afterwards).
 *
 * @param field the plan's field: participants, locations, transportModes or riskAreas
 * @param codes the reference-data codes found
 * @param source where they were found: LOCATION, DESCRIPTION or CATEGORIES
 * @param text the suggestion in words, e.g. FI, EE, LV found in the description: add as participating countries?
 * @param accepted whether the importer accepted it, so that the plan holds the codes
 * @param key what names it when it is accepted ({@link ImportOptions#key})
 */
record Suggestion(String field, Set<String> codes, String source, String text, boolean accepted, String key) {

	Suggestion accept() {
		return new Suggestion(field, codes, source, text, true, key);
	}
}
