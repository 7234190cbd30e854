package eu.jcohub.library.internal;

/** A document's text as search keeps it: one line of words, without what PostgreSQL cannot store. */
public final class SearchText {

	/** The characters that mark a match in a search snippet; never part of a stored text. */
	static final char MATCH_START = '\uE000';
	static final char MATCH_END = '\uE001';

	private SearchText() {
	}

	public static String searchable(String text, int max) {
		var cleaned = text.replace('\u0000', ' ')
			.replace(MATCH_START, ' ')
			.replace(MATCH_END, ' ')
			.replaceAll("[\\p{Cntrl}\\s\\u00A0\\u2000-\\u200B\\u2028\\u2029]+", " ")
			.strip();
		if (cleaned.length() <= max) {
			return cleaned;
		}
		int end = max;
		if (Character.isHighSurrogate(cleaned.charAt(end - 1))) {
			end--;
		}
		return cleaned.substring(0, end);
	}

	/** A text typed by a user (a lesson), lines kept: without NUL and the match marks, trimmed. */
	public static String typed(String text) {
		return text.replace('\u0000', ' ').replace(MATCH_START, ' ').replace(MATCH_END, ' ').replace("\r\n", "\n")
			.strip();
	}
}
