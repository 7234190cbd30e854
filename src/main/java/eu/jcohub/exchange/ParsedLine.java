package eu.jcohub.exchange;

import eu.jcohub.operations.OperationPlan;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One operation read from a file, before validation: its plan if the line could be read at all, and what was
 * wrong with it otherwise.
 */
record ParsedLine(String ref, @Nullable String name, @Nullable OperationPlan plan, List<String> problems) {

	static ParsedLine read(String ref, OperationPlan plan) {
		return new ParsedLine(ref, plan.name(), plan, List.of());
	}

	static ParsedLine unreadable(String ref, @Nullable String name, List<String> problems) {
		return new ParsedLine(ref, name, null, List.copyOf(problems));
	}
}
