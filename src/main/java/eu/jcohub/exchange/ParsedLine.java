package eu.jcohub.exchange;

import eu.jcohub.operations.OperationPlan;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One operation read from a file, before validation: its plan if the line could be read at all, and what was
 * wrong with it otherwise; or, for an event its calendar called off, which operation to cancel.
 *
 * @param revision which version of another body's event this is (iCalendar only); an earlier one than the
 *        calendar already holds changes nothing
 * @param suggestions what the free text names that the plan's fields could hold, for the importer to accept
 */
record ParsedLine(String ref, @Nullable String name, @Nullable OperationPlan plan, List<String> problems,
		@Nullable Cancellation cancellation, @Nullable Revision revision, List<Suggestion> suggestions) {

	/** The operation of {@code organiser} known by {@code externalId} is called off. */
	record Cancellation(String organiser, String externalId) {
	}

	static ParsedLine read(String ref, OperationPlan plan) {
		return new ParsedLine(ref, plan.name(), plan, List.of(), null, null, List.of());
	}

	static ParsedLine unreadable(String ref, @Nullable String name, List<String> problems) {
		return new ParsedLine(ref, name, null, List.copyOf(problems), null, null, List.of());
	}

	static ParsedLine cancelled(String ref, @Nullable String name, Cancellation cancellation, Revision revision) {
		return new ParsedLine(ref, name, null, List.of(), cancellation, revision, List.of());
	}

	ParsedLine withRevision(Revision revision) {
		return new ParsedLine(ref, name, plan, problems, cancellation, revision, suggestions);
	}

	ParsedLine withSuggestions(List<Suggestion> suggestions) {
		return new ParsedLine(ref, name, plan, problems, cancellation, revision, List.copyOf(suggestions));
	}
}
