package eu.jcohub.operations;

import java.util.Map;
import java.util.Optional;

/**
 * A part of an operation's page that another module contributes (its conflicts, its checklist, its funding …),
 * so that a new capability adds its part without the operations module knowing it. Sections are shown in
 * {@link #order()}; each reads only what the user may see.
 */
public interface OperationSection {

	/** Where the section stands on the page, lower first. */
	int order();

	/** The section for this operation as the user may see it, or empty when there is nothing to show them. */
	Optional<PageFragment> sectionFor(OperationView operation);

	/**
	 * A Thymeleaf fragment {@code template :: section(data)} and the data it shows.
	 *
	 * @param template the template name, e.g. {@code deconfliction/section}
	 */
	record PageFragment(String template, Map<String, Object> data) {

		public PageFragment {
			data = Map.copyOf(data);
		}
	}
}
