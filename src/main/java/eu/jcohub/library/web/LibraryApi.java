package eu.jcohub.library.web;

import eu.jcohub.library.DocumentContent;
import eu.jcohub.library.Lesson;
import eu.jcohub.library.LessonDraft;
import eu.jcohub.library.Library;
import eu.jcohub.library.SearchResult;
import eu.jcohub.library.ShelfEntry;
import eu.jcohub.shared.OperationId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "JCO Library", description = "Operations that have run: their documents, lessons learned and tags, "
		+ "searchable in full text; documents and lessons are read only by the operation's circle")
class LibraryApi {

	private final Library library;

	LibraryApi(Library library) {
		this.library = library;
	}

	static String fileOf(UUID document) {
		return "/api/library/documents/" + document + "/file";
	}

	@GetMapping("/api/library")
	@Operation(summary = "The operations in the Library, most recent first",
			description = "Tags and the numbers of documents and lessons only for operations whose circle you are in.")
	List<ShelfEntry> shelf() {
		return library.shelf();
	}

	@GetMapping("/api/library/search")
	@Operation(summary = "Search the Library in full text: names, objectives, tags, lessons and document text",
			description = "Words as in a web search: \"a phrase\", or, -word. Each hit comes with a passage, its "
					+ "matching words marked. Objectives, tags, lessons and documents are searched only where you may "
					+ "read them.")
	List<SearchResult> search(@RequestParam(defaultValue = "") String q) {
		return library.search(q);
	}

	@GetMapping("/api/library/{id}")
	@Operation(summary = "An operation's part of the Library: its documents, lessons and tags (for its circle)")
	EntryResource entry(@PathVariable OperationId id) {
		return EntryResource.of(library.entry(id));
	}

	@PostMapping(path = "/api/library/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload a document (PDF, DOCX, XLSX or ODT) to an operation in the Library",
			description = "Field 'file'. The content must be what the file's name says; its text becomes searchable. "
					+ "Its organiser's planners, its leader, the secretariat and the facilitator upload.")
	ResponseEntity<EntryResource.DocumentResource> upload(@PathVariable OperationId id,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file) {
		var document = library.upload(id, file == null ? "" : String.valueOf(file.getOriginalFilename()), bytes(file));
		return ResponseEntity.created(URI.create(fileOf(document.id()))).body(EntryResource.DocumentResource.of(document));
	}

	@GetMapping("/api/library/documents/{id}/file")
	@Operation(summary = "Download a document of the Library; the download is recorded in the audit trail")
	ResponseEntity<byte[]> download(@PathVariable UUID id) {
		return file(library.download(id));
	}

	@DeleteMapping("/api/library/documents/{id}")
	@Operation(summary = "Remove a document from the Library (added by mistake or replaced by a better version)",
			description = "Those who may add documents to the operation may remove them; the removal is recorded in "
					+ "the audit trail.")
	ResponseEntity<Void> remove(@PathVariable UUID id) {
		library.remove(id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/library/{id}/lessons")
	@Operation(summary = "Add a lesson learned: what worked, what did not, and a recommendation")
	ResponseEntity<Lesson> learn(@PathVariable OperationId id, @RequestBody LessonDraft draft) {
		var lesson = library.learn(id, draft);
		return ResponseEntity.created(URI.create("/api/library/" + id)).body(lesson);
	}

	@DeleteMapping("/api/library/lessons/{id}")
	@Operation(summary = "Remove a lesson learned from the Library",
			description = "Its author, and those who may add documents to the operation, may remove it; the removal "
					+ "is recorded in the audit trail.")
	ResponseEntity<Void> removeLesson(@PathVariable UUID id) {
		library.removeLesson(id);
		return ResponseEntity.noContent().build();
	}

	@PutMapping("/api/library/{id}/tags")
	@Operation(summary = "Replace an operation's tags in the Library", description = "{\"tags\":[\"ro-ro ferries\"]}")
	List<String> tag(@PathVariable OperationId id, @RequestBody TagsRequest request) {
		return library.tag(id, request.tags());
	}

	/** The tags to set. */
	record TagsRequest(@Nullable List<String> tags) {

		@Override
		public List<String> tags() {
			return tags == null ? List.of() : tags;
		}
	}

	/** The file as an attachment, its type from its checked format; never shown inline by the browser. */
	static ResponseEntity<byte[]> file(DocumentContent content) {
		var document = content.document();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(document.format().mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(content.bytes());
	}

	static byte[] bytes(@Nullable MultipartFile file) {
		if (file == null) {
			return new byte[0];
		}
		try {
			return file.getBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
