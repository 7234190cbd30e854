package eu.jcohub.exchange;

import eu.jcohub.operations.OperationPlan;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One operation read from a file, before validation: its plan if the line could be read at all, and what was
 * wrong with it otherwise; or, for an event its calendar called off, which operation to cancel.
 *
 * @param revision which version of another body's event this is (iCalendar only); an earlier one than the
 *        calendar already holds changes nothing
 * @param suggestions what the free text names that the plan's fields could hold, for the importer to accept
 * @param freeText another body's free text by where it stood (LOCATION, DESCRIPTION, CATEGORIES), to suggest from
 */
record ParsedLine(String ref, @Nullable String name, @Nullable OperationPlan plan, List<String> problems,
		@Nullable Cancellation cancellation, @Nullable Revision revision, List<Suggestion> suggestions,
		Map<String, String> freeText) {

	/** The operation of {@code organiser} known by {@code externalId} is called off. */
	record Cancellation(String organiser, String externalId) {
	}

	static ParsedLine read(String ref, OperationPlan plan) {
		return new ParsedLine(ref, plan.name(), plan, List.of(), null, null, List.of(), Map.of());
	}

	static ParsedLine unreadable(String ref, @Nullable String name, List<String> problems) {
		return new ParsedLine(ref, name, null, List.copyOf(problems), null, null, List.of(), Map.of());
	}

	static ParsedLine cancelled(String ref, @Nullable String name, Cancellation cancellation, Revision revision) {
		return new ParsedLine(ref, name, null, List.of(), cancellation, revision, List.of(), Map.of());
	}

	ParsedLine withRevision(Revision revision) {
		return new ParsedLine(ref, name, plan, problems, cancellation, revision, suggestions, freeText);
	}

	ParsedLine withFreeText(Map<String, String> texts) {
		return new ParsedLine(ref, name, plan, problems, cancellation, revision, suggestions, Map.copyOf(texts));
	}

	ParsedLine withPlan(OperationPlan revised) {
		return new ParsedLine(ref, name, revised, problems, cancellation, revision, suggestions, freeText);
	}

	ParsedLine withSuggestions(List<Suggestion> suggestions) {
		return new ParsedLine(ref, name, plan, problems, cancellation, revision, List.copyOf(suggestions), freeText);
	}
}
