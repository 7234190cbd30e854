package eu.jcohub.shared.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one way a conflict score is shown: a whole number out of 100 ("score 96 of 100"), wherever it appears
 * (pages, notifications). The score is computed with decimals; a reader needs no more than the whole number.
 * Templates call it as {@code ${@scores.shown(…)}}; code outside a request passes the locale.
 */
@Component("scores")
public class Scores {

	private final MessageSource messages;

	Scores(MessageSource messages) {
		this.messages = messages;
	}

	public String shown(double score) {
		return shown(score, LocaleContextHolder.getLocale());
	}

	public String shown(double score, Locale locale) {
		return messages.getMessage("conflict.score", new Object[] { whole(score) }, locale);
	}

	/** The score as a whole number, rounded half up (95.5 is 96), within 0 and 100. */
	public static long whole(double score) {
		return Math.max(0, Math.min(100, Math.round(score)));
	}
}
