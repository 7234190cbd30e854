package eu.jcohub.shared;

import org.jspecify.annotations.Nullable;

/** What any text must be to be stored: PostgreSQL refuses the NUL character in text. */
public final class Texts {

	public static final String NUL = "must not contain the NUL character (an invisible control character that "
			+ "cannot be stored)";

	private Texts() {
	}

	public static boolean storable(@Nullable String text) {
		return text == null || text.indexOf('\0') < 0;
	}

	/**
	 * A SQL {@code LIKE} pattern matching any text that contains {@code text} as typed: its {@code %}, {@code _}
	 * and {@code \} match themselves, not any text or character (use it with {@code like ? escape '\'}).
	 */
	public static String likeContaining(String text) {
		return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	/** How many letters (of any alphabet) the text holds: what a minimum length of a search counts. */
	public static int letters(@Nullable String text) {
		return text == null ? 0 : (int) text.codePoints().filter(Character::isLetter).count();
	}
}
