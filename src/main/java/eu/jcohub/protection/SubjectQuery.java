package eu.jcohub.protection;

import eu.jcohub.shared.InvalidInput;
import eu.jcohub.shared.Texts;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a subject-access search looks for: a name (any part, any case), a date of birth, a document or company
 * registration number (ignoring spaces and case). At least one; a name needs three letters (letters, not any
 * characters: the name is matched as text, so {@code %%%} is three characters but looks for nobody).
 */
public record SubjectQuery(@Nullable String name, @Nullable LocalDate birthDate, @Nullable String number) {

	static final int MIN_LETTERS = 3;
	/** Longer than any name or number stored. */
	static final int MAX_TEXT = 200;

	public SubjectQuery {
		name = blankToNull(name);
		number = blankToNull(number);
		var errors = new InvalidInput.Collector();
		if (name == null && birthDate == null && number == null) {
			errors.reject("name", "give a name, a date of birth or a number to look for");
		}
		if (name != null && Texts.letters(name) < MIN_LETTERS) {
			errors.reject("name", "give at least three letters of the name");
		}
		errors.text("name", name, MAX_TEXT).text("number", number, MAX_TEXT);
		errors.throwIfAny();
	}

	/** A number as compared: without spaces, dashes or dots, upper case. */
	public static String normalisedNumber(String number) {
		return number.replaceAll("[\\s.\\-/]", "").toUpperCase(Locale.ROOT);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
