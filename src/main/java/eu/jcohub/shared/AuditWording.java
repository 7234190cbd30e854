package eu.jcohub.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/** The reader's words, for a module putting its stored values into words ({@link AuditVocabulary}). */
public interface AuditWording {

	Locale locale();

	/** The text of a message key, or empty if no bundle has it. */
	Optional<String> text(String key, Object... arguments);

	/** A day as pages show it. */
	String day(LocalDate day);

	/** A moment as the trail shows it (in UTC, saying so). */
	String moment(Instant moment);
}
