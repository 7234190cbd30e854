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
}
