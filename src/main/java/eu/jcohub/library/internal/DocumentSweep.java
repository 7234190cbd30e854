package eu.jcohub.library.internal;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On start, removes document files that no document names: left behind when an instance stopped after writing a
 * file and before its transaction committed (a failure while running removes them at once).
 */
@Component
class DocumentSweep {

	private static final Logger log = LoggerFactory.getLogger(DocumentSweep.class);
	static final Duration AGE = Duration.ofHours(1);
	private final DocumentFiles files;
	private final LibraryStore store;
	private final Clock clock;

	DocumentSweep(DocumentFiles files, LibraryStore store, Clock clock) {
		this.files = files;
		this.store = store;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		int removed = files.sweep(store.allDocumentIds(), AGE, clock.instant());
		if (removed > 0) {
			log.info("Removed {} document file(s) of the Library that no document names", removed);
		}
	}
}
