package eu.jcohub.exchange;

import eu.jcohub.operations.OperationView;
import eu.jcohub.operations.Phase;
import eu.jcohub.reference.Category;
import eu.jcohub.reference.Country;
import eu.jcohub.reference.Organisation;
import eu.jcohub.reference.ReferenceData;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An operation's codes in one reader's words, for what exchange writes for people (the tabling list, the
 * calendar feed's descriptions): types and statuses from the message bundles; countries, organisations, risk
 * areas, transport modes and places by their names, sorted by them.
 */
@Component
class PlanWords {

	private final ReferenceData reference;
	private final MessageSource messages;

	PlanWords(ReferenceData reference, MessageSource messages) {
		this.reference = reference;
		this.messages = messages;
	}

	In in(Locale locale) {
		return new In(locale);
	}

	/** The words of one locale. */
	final class In {

		private final Locale locale;
		private final DateTimeFormatter day;

		private In(Locale locale) {
			this.locale = locale;
			this.day = DateTimeFormatter.ofPattern(text("format.day"), locale);
		}

		String text(String key, @Nullable Object... arguments) {
			return messages.getMessage(key, arguments, locale);
		}

		/** The text as written, its placeholders left for each use. */
		String pattern(String key) {
			return messages.getMessage(key, null, locale);
		}

		String day(LocalDate date) {
			return day.format(date);
		}

		String none() {
			return text("exchange.words.none");
		}

		String type(OperationView view) {
			return text("operation.type." + view.plan().type().name());
		}

		String status(OperationView view) {
			return text("operation.status." + view.status().name());
		}

		/** “1 Feb 2092 – 10 Feb 2092; 20 Feb 2092 – 1 Mar 2092”. */
		String phases(List<Phase> phases) {
			return phases.stream().map(phase -> text("exchange.words.range", day(phase.start()), day(phase.end())))
				.collect(Collectors.joining("; "));
		}

		String organisation(String code) {
			return reference.organisation(code).map(Organisation::name).orElse(code);
		}

		String country(@Nullable String code) {
			return code == null ? none() : reference.country(code).map(Country::name).orElse(code);
		}

		String countries(Collection<String> codes) {
			return names(codes, this::country);
		}

		String organisations(Collection<String> codes) {
			return names(codes, this::organisation);
		}

		String riskAreas(Collection<String> codes) {
			return names(codes, reference::riskAreaName);
		}

		String riskArea(String code) {
			return reference.riskAreaName(code);
		}

		String transportModes(Collection<String> codes) {
			return names(codes, code -> reference.transportMode(code).map(Category::name).orElse(code));
		}

		/** Control locations, or whole countries where the place is not known. */
		String locations(Collection<String> codes) {
			return names(codes, code -> reference.location(code).map(location -> location.name())
				.or(() -> reference.country(code).map(Country::name))
				.orElse(code));
		}

		private String names(Collection<String> codes, Function<String, String> name) {
			var names = codes.stream().map(name).sorted(String.CASE_INSENSITIVE_ORDER).collect(Collectors.joining(", "));
			return names.isEmpty() ? none() : names;
		}
	}
}
