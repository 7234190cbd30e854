package eu.jcohub.followup;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The follow-up module's words from its bundle, in the reader's language, for the API, forms and files alike. */
@Component
public class FollowupWords {

	private final MessageSource messages;

	FollowupWords(MessageSource messages) {
		this.messages = messages;
	}

	public String of(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}
}
