package eu.jcohub.library.web;

import eu.jcohub.library.Lesson;
import eu.jcohub.library.LibraryDocument;
import eu.jcohub.library.LibraryEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An operation's part of the Library as the API returns it: the calendar entry for everyone, its documents,
 * lessons and tags for its circle ({@code readable}), empty for anyone else.
 */
record EntryResource(UUID id, String name, String organiser, String type, String status, LocalDate firstDay,
		LocalDate lastDay, boolean readable, List<DocumentResource> documents, List<Lesson> lessons, List<String> tags,
		boolean mayContribute, boolean mayWriteLessons, boolean mayUseAsTemplate) {

	static EntryResource of(LibraryEntry entry) {
		var operation = entry.operation();
		var plan = operation.plan();
		return new EntryResource(operation.id().value(), plan.name(), plan.organiser(), plan.type().name(),
				operation.status().name(), plan.firstPhase().start(), plan.lastPhase().end(), entry.readable(),
				entry.documents().stream().map(DocumentResource::of).toList(), entry.lessons(), entry.tags(),
				entry.mayContribute(), entry.mayWriteLessons(), entry.mayUseAsTemplate());
	}

	/** A document with the address of its file. */
	record DocumentResource(UUID id, String fileName, String format, String mediaType, long sizeBytes,
			boolean searchable, String uploadedBy, String uploadedByOrganisation, java.time.Instant uploadedAt,
			String file) {

		static DocumentResource of(LibraryDocument document) {
			return new DocumentResource(document.id(), document.fileName(), document.format().name(),
					document.format().mediaType(), document.sizeBytes(), document.searchable(), document.uploadedBy(),
					document.uploadedByOrganisation(), document.uploadedAt(), LibraryApi.fileOf(document.id()));
		}
	}
}
