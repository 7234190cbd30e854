package eu.jcohub.library;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The Library's refusals worded from its bundle, in the reader's language, for the API and the forms alike. */
@Component
class LibraryWords {

	private final MessageSource messages;

	LibraryWords(MessageSource messages) {
		this.messages = messages;
	}

	String of(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

	/** A size as people say it: "5 MB", "750 KB". */
	String size(long bytes) {
		if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
			return of("library.size.mb", bytes / (1024 * 1024));
		}
		if (bytes >= 1024 * 1024) {
			return of("library.size.mb", String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024)));
		}
		return of("library.size.kb", Math.max(1, Math.round(bytes / 1024.0)));
	}
}
