package eu.jcohub.library.web;

import eu.jcohub.library.Library;
import eu.jcohub.operations.OperationSection;
import eu.jcohub.operations.OperationView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The operation page's pointer to its part of the Library, once it has run: how many documents and lessons it
 * holds, for those who may read them, and the way to reuse it as a template.
 */
@Component
class LibrarySection implements OperationSection {

	private final Library library;
	private final Clock clock;

	LibrarySection(Library library, Clock clock) {
		this.library = library;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 300;
	}

	@Override
	public Optional<PageFragment> sectionFor(OperationView operation) {
		if (!operation.detailsVisible() || !Library.hasRun(operation, LocalDate.now(clock))) {
			return Optional.empty();
		}
		var entry = library.entry(operation.id());
		if (!entry.readable()) {
			return Optional.empty();
		}
		return Optional.of(new PageFragment("library/section", Map.of("entry", entry)));
	}
}
