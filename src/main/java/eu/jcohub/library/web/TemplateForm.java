package eu.jcohub.library.web;

import eu.jcohub.library.TemplateRequest;
import eu.jcohub.operations.Phase;
import eu.jcohub.shared.InvalidInput;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The "use as template" form as typed: the new operation's name, organiser and dates (the past one's dates are
 * not offered; the user sets them). Every field left empty or unreadable comes back at once, as message keys next
 * to their fields, so that the user does not send the form twice to learn what else was missing.
 */
record TemplateForm(@Nullable String name, @Nullable String organiser, @Nullable String phase1Start,
		@Nullable String phase1End, @Nullable String phase2Start, @Nullable String phase2End) {

	static TemplateForm suggested(String name, String organiser) {
		return new TemplateForm(name, organiser, null, null, null, null);
	}

	/** The request, or the fields left empty or whose dates cannot be read (as message keys). */
	TemplateRequest toRequest() {
		var errors = new InvalidInput.Collector();
		if (blank(name)) {
			errors.reject("name", "library.template.error.name");
		}
		if (blank(organiser)) {
			errors.reject("organiser", "library.template.error.organiser");
		}
		var phases = new ArrayList<Phase>();
		phase("phase1", phase1Start, phase1End, true, errors, phases);
		phase("phase2", phase2Start, phase2End, false, errors, phases);
		errors.throwIfAny();
		return new TemplateRequest(name == null ? "" : name, organiser == null ? "" : organiser, phases);
	}

	private static void phase(String field, @Nullable String start, @Nullable String end, boolean required,
			InvalidInput.Collector errors, java.util.List<Phase> phases) {
		if (blank(start) && blank(end) && !required) {
			return;
		}
		var from = date(start);
		var to = date(end);
		if (from == null) {
			errors.reject(field + "Start", "library.template.error.date");
		}
		if (to == null) {
			errors.reject(field + "End", "library.template.error.date");
		}
		if (from == null || to == null) {
			return;
		}
		if (to.isBefore(from)) {
			errors.reject(field + "End", "library.template.error.endBeforeStart");
			return;
		}
		try {
			phases.add(new Phase(from, to));
		}
		catch (IllegalArgumentException outOfRange) {
			errors.reject(field + "Start", "library.template.error.dateRange");
		}
	}

	private static @Nullable LocalDate date(@Nullable String text) {
		if (blank(text)) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

}
