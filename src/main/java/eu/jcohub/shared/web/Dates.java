package eu.jcohub.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one way pages show a day, a period and a moment: patterns from the message bundle ({@code format.day},
 * {@code format.range}, {@code format.moment}) for the reader's locale, so every page writes "4 May 2041" the
 * same way. Moments are shown in UTC and say so, because the readers sit in several time zones.
 * Templates call it as {@code ${@dates.day(…)}}; code outside a request passes the locale.
 */
@Component("dates")
public class Dates {

	private final MessageSource messages;

	Dates(MessageSource messages) {
		this.messages = messages;
	}

	public String day(@Nullable LocalDate day) {
		return day(day, LocaleContextHolder.getLocale());
	}

	public String day(@Nullable LocalDate day, Locale locale) {
		return day == null ? none(locale) : formatter("format.day", locale).format(day);
	}

	/** A period of whole days, both ends included. */
	public String range(LocalDate from, LocalDate to) {
		return range(from, to, LocaleContextHolder.getLocale());
	}

	public String range(LocalDate from, LocalDate to, Locale locale) {
		return messages.getMessage("format.range", new Object[] { day(from, locale), day(to, locale) }, locale);
	}

	public String moment(@Nullable Instant moment) {
		return moment(moment, LocaleContextHolder.getLocale());
	}

	public String moment(@Nullable Instant moment, Locale locale) {
		return moment == null ? none(locale) : formatter("format.moment", locale).withZone(ZoneOffset.UTC).format(moment);
	}

	private DateTimeFormatter formatter(String key, Locale locale) {
		return DateTimeFormatter.ofPattern(messages.getMessage(key, null, locale), locale);
	}

	private String none(Locale locale) {
		return messages.getMessage("format.none", null, locale);
	}
}
