package eu.jcohub.library;

import eu.jcohub.operations.Phase;
import java.util.List;

/**
 * What a new operation made from a past one needs besides the past one's plan: its name, who organises it and its
 * dates, which the user sets (a past operation's dates are never right for the next one).
 */
public record TemplateRequest(String name, String organiser, List<Phase> phases) {

	public TemplateRequest {
		phases = List.copyOf(phases);
	}
}
