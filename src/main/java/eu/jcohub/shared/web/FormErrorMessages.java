package eu.jcohub.shared.web;

import eu.jcohub.shared.InvalidInput;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Field errors as the user reads them. The forms' own checks give message keys; the register's checks give
 * sentences, which are shown as they are.
 */
@Component
public class FormErrorMessages {

	private final MessageSource messages;

	FormErrorMessages(MessageSource messages) {
		this.messages = messages;
	}

	public Map<String, String> of(InvalidInput invalid, Locale locale) {
		var texts = new LinkedHashMap<String, String>();
		invalid.fieldErrors().forEach((field, message) -> texts.put(field, text(message, locale)));
		return texts;
	}

	public Map<String, String> of(String field, String message, Locale locale) {
		return Map.of(field, text(message, locale));
	}

	private String text(String message, Locale locale) {
		var text = messages.getMessage(message, null, message, locale);
		return text == null ? message : text;
	}
}
