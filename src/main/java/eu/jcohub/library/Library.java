package eu.jcohub.library;

import eu.jcohub.access.AccessPolicy;
import eu.jcohub.access.ProtectedRecord;
import eu.jcohub.access.Visibility;
import eu.jcohub.library.internal.DocumentFiles;
import eu.jcohub.library.internal.DocumentReader;
import eu.jcohub.library.internal.DocumentRefused;
import eu.jcohub.library.internal.LibrarySearch;
import eu.jcohub.library.internal.LibrarySettings;
import eu.jcohub.library.internal.LibraryStore;
import eu.jcohub.library.internal.LibraryStore.StoredDocument;
import eu.jcohub.library.internal.ReadDocument;
import eu.jcohub.library.internal.SearchText;
import eu.jcohub.operations.OperationFilter;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationStatus;
import eu.jcohub.operations.OperationType;
import eu.jcohub.operations.OperationView;
import eu.jcohub.shared.AuditAction;
import eu.jcohub.shared.InvalidInput;
import eu.jcohub.shared.NotFound;
import eu.jcohub.shared.OperationId;
import eu.jcohub.shared.RecordChanged;
import eu.jcohub.shared.Texts;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The JCO Library's use cases: the operations that have run, each with its documents, lessons and tags; adding
 * to them; searching them; and making a new operation from one. Every read follows the operation's circle
 * ({@link LibraryRules#READ}): what a user may not read, they can neither open nor find, nor see a passage of.
 */
@Service
public class Library {

	static final int MAX_RESULTS = 50;
	static final int MAX_QUERY = 200;
	static final int MAX_LESSON_PART = 4000;
	static final int MAX_TAGS = 12;
	private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} \\-]{0,39}");

	private final LibraryStore store;
	private final LibrarySearch search;
	private final DocumentFiles files;
	private final DocumentReader reader;
	private final LibrarySettings settings;
	private final OperationRegister operations;
	private final AccessPolicy access;
	private final LibraryWords words;
	private final Templates templates;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Library(LibraryStore store, LibrarySearch search, DocumentFiles files, DocumentReader reader,
			LibrarySettings settings, OperationRegister operations, AccessPolicy access, LibraryWords words,
			Templates templates, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.search = search;
		this.files = files;
		this.reader = reader;
		this.settings = settings;
		this.operations = operations;
		this.access = access;
		this.words = words;
		this.templates = templates;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Whether an operation is in the Library: it has run (its last phase is over) and was not called off.
	 * Operations of other bodies, only tabled here for coordination, are not.
	 */
	public static boolean hasRun(OperationView operation, LocalDate today) {
		return operation.status() != OperationStatus.CANCELLED && operation.status() != OperationStatus.TABLED
				&& operation.plan().type() != OperationType.OTHER_BODY
				&& operation.plan().lastPhase().end().isBefore(today);
	}

	/** Every operation in the Library, the most recent first, as the user may see it. */
	public List<ShelfEntry> shelf() {
		var visibility = access.visibility();
		var today = LocalDate.now(clock);
		var shelved = shelved(visibility, today);
		var readable = readable(shelved, visibility, today);
		var tags = store.tagsOf(readable);
		var counts = store.counts(readable);
		return shelved.stream().map(operation -> entry(operation, readable.contains(operation.id()),
				tags.getOrDefault(operation.id(), List.of()), counts.getOrDefault(operation.id(), new int[2]))).toList();
	}

	/** One operation's part of the Library; 404 when the operation is not in the Library. */
	public LibraryEntry entry(OperationId id) {
		var visibility = access.visibility();
		var operation = shelvedOrNotFound(id);
		var record = recordOf(id);
		boolean readable = mayRead(visibility, operation, record);
		boolean mayUseAsTemplate = readable && visibility.user().mayTableOperations();
		if (!readable) {
			return new LibraryEntry(operation, false, List.of(), List.of(), List.of(), false, false, false, Set.of());
		}
		var lessons = store.lessonsOf(id);
		boolean contributes = visibility.allows(LibraryRules.CONTRIBUTE, record);
		boolean learns = visibility.allows(LibraryRules.LEARN, record);
		var removable = lessons.stream().filter(lesson -> mayRemove(lesson, visibility.user().username(), contributes,
				learns)).map(Lesson::id).collect(Collectors.toSet());
		return new LibraryEntry(operation, true, store.documentsOf(id), lessons, store.tagsOf(id), contributes, learns,
				mayUseAsTemplate, removable);
	}

	/** Whether the user may upload documents to the operation (to offer the form). */
	public boolean mayContribute(OperationId id) {
		shelvedOrNotFound(id);
		return access.visibility().allows(LibraryRules.CONTRIBUTE, recordOf(id));
	}

	/** Whether the user may write a lesson of the operation (to offer the form). */
	public boolean mayWriteLessons(OperationId id) {
		shelvedOrNotFound(id);
		return access.visibility().allows(LibraryRules.LEARN, recordOf(id));
	}

	/** The largest document the Library accepts, in bytes. */
	public long maxDocumentSize() {
		return settings.maxDocumentSize().toBytes();
	}

	/**
	 * Adds a document to an operation in the Library. The file must be what its name says by its content; its file
	 * is kept under the data directory and its text for search. A refused file leaves nothing behind: no row, no
	 * file. The upload is in the audit trail, the operation's organiser's too.
	 */
	@Transactional
	public LibraryDocument upload(OperationId id, String fileName, byte[] content) {
		var visibility = access.visibility();
		var operation = shelvedOrNotFound(id);
		visibility.require(LibraryRules.CONTRIBUTE, recordOf(id));
		var name = FileNames.cleaned(fileName);
		if (name.isEmpty()) {
			throw InvalidInput.of("file", words.of("library.error.noFile"));
		}
		if (content.length > maxDocumentSize()) {
			throw InvalidInput.of("file", words.of("library.error.tooLarge", words.size(maxDocumentSize())));
		}
		var read = read(name, content);
		var user = visibility.user();
		var document = new LibraryDocument(UUID.randomUUID(), id, name, read.format(), content.length,
				!read.text().isEmpty(), user.username(), user.organisation(), Instant.now(clock));
		var hash = sha256(content);
		store.insert(document, hash, read.text());
		files.store(id, document.id(), content);
		var state = new LinkedHashMap<String, Object>();
		state.put("operation", id.toString());
		state.put("fileName", name);
		state.put("format", read.format().name());
		state.put("sizeBytes", content.length);
		state.put("sha256", hash);
		events.publishEvent(RecordChanged.created(LibraryAuditVocabulary.DOCUMENT, document.id().toString(), state)
			.ownedBy(operation.plan().organiser()).labelled(name));
		return document;
	}

	/**
	 * A document's file, for its circle; the download is in the audit trail. A file that no longer matches what
	 * was uploaded (changed or damaged on disk) is not handed out.
	 */
	@Transactional
	public DocumentContent download(UUID documentId) {
		var visibility = access.visibility();
		var stored = store.findDocument(documentId).orElseThrow(() -> new NotFound("Document", documentId));
		var document = stored.document();
		var operation = operations.find(document.operationId());
		if (!mayRead(visibility, operation, recordOf(document.operationId()))) {
			throw eu.jcohub.shared.Forbidden.because(LibraryRules.READ.refusalKey(),
					"Only the operation's participants may read its documents.");
		}
		var bytes = files.read(document.operationId(), documentId);
		if (!sha256(bytes).equals(stored.sha256())) {
			throw new IllegalStateException("the file of document " + documentId + " differs from the one uploaded");
		}
		events.publishEvent(RecordChanged.of(LibraryAuditVocabulary.DOCUMENT, documentId.toString(),
				LibraryAuditVocabulary.DOWNLOADED, Map.of("operation", document.operationId().toString(),
						"fileName", document.fileName()))
			.ownedBy(operation.plan().organiser()).labelled(document.fileName()));
		return new DocumentContent(document, bytes);
	}

	/**
	 * A document of the operation that the user may remove (those who may add documents may remove them); 404 when
	 * the operation holds no such document.
	 */
	public LibraryDocument removable(OperationId id, UUID documentId) {
		var document = store.findDocument(documentId).map(StoredDocument::document)
			.filter(found -> found.operationId().equals(id))
			.orElseThrow(() -> new NotFound("Document", documentId));
		shelvedOrNotFound(id);
		access.visibility().require(LibraryRules.CONTRIBUTE, recordOf(id));
		return document;
	}

	/**
	 * Removes a document added by mistake or replaced by a better version: its row, its text from search and, once
	 * that is committed, its file. The removal is in the audit trail with what the document was.
	 */
	@Transactional
	public LibraryDocument remove(UUID documentId) {
		var stored = store.findDocument(documentId).orElseThrow(() -> new NotFound("Document", documentId));
		var document = stored.document();
		var operation = operations.find(document.operationId());
		access.visibility().require(LibraryRules.CONTRIBUTE, recordOf(document.operationId()));
		store.deleteDocument(documentId);
		files.removeWhenCommitted(document.operationId(), documentId);
		var state = new LinkedHashMap<String, Object>();
		state.put("operation", document.operationId().toString());
		state.put("fileName", document.fileName());
		state.put("format", document.format().name());
		state.put("sizeBytes", document.sizeBytes());
		state.put("sha256", stored.sha256());
		events.publishEvent(new RecordChanged(LibraryAuditVocabulary.DOCUMENT, documentId.toString(),
				AuditAction.DELETED, state, Map.of())
			.ownedBy(operation.plan().organiser()).labelled(document.fileName()));
		return document;
	}

	/** Adds a lesson learned to an operation in the Library. */
	@Transactional
	public Lesson learn(OperationId id, LessonDraft draft) {
		var visibility = access.visibility();
		var operation = shelvedOrNotFound(id);
		visibility.require(LibraryRules.LEARN, recordOf(id));
		var errors = new InvalidInput.Collector();
		var worked = lessonPart("whatWorked", draft.whatWorked(), errors);
		var didNot = lessonPart("whatDidNot", draft.whatDidNot(), errors);
		var recommendation = lessonPart("recommendation", draft.recommendation(), errors);
		if (!errors.hasErrors() && worked.isEmpty() && didNot.isEmpty() && recommendation.isEmpty()) {
			errors.reject("recommendation", words.of("library.error.emptyLesson"));
		}
		errors.throwIfAny();
		var user = visibility.user();
		var lesson = new Lesson(UUID.randomUUID(), id, worked, didNot, recommendation, user.username(),
				user.organisation(), Instant.now(clock));
		store.insert(lesson);
		events.publishEvent(RecordChanged.created(LibraryAuditVocabulary.LESSON, lesson.id().toString(),
				Map.of("operation", id.toString(), "whatWorked", worked, "whatDidNot", didNot,
						"recommendation", recommendation))
			.ownedBy(operation.plan().organiser()).labelled(operation.plan().name()));
		return lesson;
	}

	/**
	 * A lesson of the operation that the user may remove; 404 when the operation holds no such lesson, 403 when it
	 * is neither theirs nor one of an operation they may add documents to.
	 */
	public Lesson removableLesson(OperationId id, UUID lessonId) {
		var lesson = store.findLesson(lessonId).filter(found -> found.operationId().equals(id))
			.orElseThrow(() -> new NotFound("Lesson", lessonId));
		shelvedOrNotFound(id);
		requireRemovable(lesson);
		return lesson;
	}

	/**
	 * Removes a lesson: its author may take back what they wrote, and those who may add documents may remove any
	 * lesson of the operation. The audit trail keeps what it said.
	 */
	@Transactional
	public Lesson removeLesson(UUID lessonId) {
		var lesson = store.findLesson(lessonId).orElseThrow(() -> new NotFound("Lesson", lessonId));
		var operation = operations.find(lesson.operationId());
		requireRemovable(lesson);
		store.deleteLesson(lessonId);
		events.publishEvent(new RecordChanged(LibraryAuditVocabulary.LESSON, lessonId.toString(), AuditAction.DELETED,
				Map.of("operation", lesson.operationId().toString(), "whatWorked", lesson.whatWorked(), "whatDidNot",
						lesson.whatDidNot(), "recommendation", lesson.recommendation()), Map.of())
			.ownedBy(operation.plan().organiser()).labelled(operation.plan().name()));
		return lesson;
	}

	private void requireRemovable(Lesson lesson) {
		var visibility = access.visibility();
		var record = recordOf(lesson.operationId());
		if (!mayRemove(lesson, visibility.user().username(), visibility.allows(LibraryRules.CONTRIBUTE, record),
				visibility.allows(LibraryRules.LEARN, record))) {
			throw eu.jcohub.shared.Forbidden.because("library.removeLesson.refused",
					"Only its author and those who may add documents may remove a lesson.");
		}
	}

	/** Its author while still among those who write lessons of the operation, or anyone who adds its documents. */
	private static boolean mayRemove(Lesson lesson, String username, boolean contributes, boolean learns) {
		return contributes || (learns && lesson.writtenBy().equals(username));
	}

	/** Replaces an operation's tags (words such as "ro-ro ferries" or "OCU set-up" that group operations). */
	@Transactional
	public List<String> tag(OperationId id, Collection<String> tags) {
		var visibility = access.visibility();
		var operation = shelvedOrNotFound(id);
		visibility.require(LibraryRules.CONTRIBUTE, recordOf(id));
		var cleaned = new LinkedHashSet<String>();
		for (var tag : tags) {
			var text = tag == null ? "" : tag.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
			if (text.isEmpty()) {
				continue;
			}
			if (!TAG.matcher(text).matches()) {
				throw InvalidInput.of("tags", words.of("library.error.tag", tag.strip()));
			}
			cleaned.add(text);
		}
		if (cleaned.size() > MAX_TAGS) {
			throw InvalidInput.of("tags", words.of("library.error.tooManyTags", MAX_TAGS));
		}
		var sorted = cleaned.stream().sorted().toList();
		var before = store.replaceTags(id, sorted);
		events.publishEvent(RecordChanged.updated(LibraryAuditVocabulary.TAGS, id.toString(),
				Map.of("tags", String.join(", ", before)), Map.of("tags", String.join(", ", sorted)))
			.ownedBy(operation.plan().organiser()).labelled(operation.plan().name()));
		return sorted;
	}

	/**
	 * The operations of the Library that hold the words, best first. Names are searched for everyone (they are the
	 * calendar entry); objectives only where the user may see the operation's details; documents, lessons and tags
	 * only where the user may read them. Snippets come only from what was searched for that user.
	 */
	public List<SearchResult> search(String query) {
		var text = SearchText.searchable(query, MAX_QUERY);
		if (text.isBlank()) {
			return List.of();
		}
		var visibility = access.visibility();
		var today = LocalDate.now(clock);
		var shelved = shelved(visibility, today);
		var readable = readable(shelved, visibility, today);
		var tags = store.tagsOf(readable);
		var texts = new LinkedHashMap<OperationId, String>();
		for (var operation : shelved) {
			texts.put(operation.id(), searchableText(operation, readable.contains(operation.id()),
					tags.getOrDefault(operation.id(), List.of())));
		}
		var found = new java.util.ArrayList<LibrarySearch.Found>();
		found.addAll(search.inOperations(text, texts, MAX_RESULTS));
		found.addAll(search.inDocuments(text, readable, MAX_RESULTS));
		found.addAll(search.inLessons(text, readable, MAX_RESULTS));
		var byOperation = found.stream().collect(Collectors.groupingBy(LibrarySearch.Found::operation,
				LinkedHashMap::new, Collectors.toList()));
		var operationsById = shelved.stream().collect(Collectors.toMap(OperationView::id, Function.identity()));
		var counts = store.counts(byOperation.keySet().stream().filter(readable::contains).toList());
		return byOperation.entrySet().stream().map(hits -> {
			var id = hits.getKey();
			var entry = entry(operationsById.get(id), readable.contains(id), tags.getOrDefault(id, List.of()),
					counts.getOrDefault(id, new int[2]));
			var sorted = hits.getValue().stream().sorted(Comparator.comparingDouble(LibrarySearch.Found::rank).reversed())
				.map(hit -> new SearchResult.Hit(hit.source(), hit.documentId(), hit.fileName(), hit.rank(), hit.snippet()))
				.toList();
			return new SearchResult(entry, sorted.stream().mapToDouble(SearchResult.Hit::rank).sum(), sorted);
		})
			.sorted(Comparator.comparingDouble(SearchResult::rank).reversed()
				.thenComparing(result -> result.entry().lastDay(), Comparator.reverseOrder()))
			.limit(MAX_RESULTS)
			.toList();
	}

	/**
	 * Makes a new operation from one in the Library: its structure (type, participants, partners, risk areas,
	 * transport modes, places, objectives) with the name, organiser and dates the user gives. Modules that keep parts
	 * of an operation (checklist, objectives) copy theirs when they hear that it was made from this one.
	 */
	@Transactional
	public OperationView useAsTemplate(OperationId source, TemplateRequest request) {
		var visibility = access.visibility();
		var original = shelvedOrNotFound(source);
		if (!mayRead(visibility, original, recordOf(source))) {
			throw eu.jcohub.shared.Forbidden.because(LibraryRules.READ.refusalKey(),
					"Only the operation's participants may use it as a template.");
		}
		return operations.tableFrom(source, templates.planFrom(original.plan(), request));
	}

	private ReadDocument read(String name, byte[] content) {
		try {
			return reader.read(name, content);
		}
		catch (DocumentRefused refused) {
			var format = refused.claimed() == null ? "" : words.of("library.format." + refused.claimed().name());
			var message = switch (refused.reason()) {
				case EMPTY -> words.of("library.error.empty");
				case TYPE_NOT_ALLOWED -> words.of("library.error.type");
				case CONTENT_MISMATCH -> words.of("library.error.mismatch", format);
				case PROTECTED_OR_OLD_FORMAT -> words.of("library.error.protected", format);
				case UNREADABLE -> words.of("library.error.unreadable", format);
			};
			throw InvalidInput.of("file", message);
		}
	}

	private String lessonPart(String field, @org.jspecify.annotations.Nullable String text,
			InvalidInput.Collector errors) {
		if (!Texts.storable(text)) {
			errors.reject(field, words.of("library.error.nul"));
			return "";
		}
		var typed = text == null ? "" : SearchText.typed(text);
		if (typed.length() > MAX_LESSON_PART) {
			errors.reject(field, words.of("library.error.lessonTooLong", MAX_LESSON_PART));
		}
		return typed;
	}

	/** What a user may find of an operation by its own text: its name, and its objectives and tags if theirs to see. */
	private static String searchableText(OperationView operation, boolean readable, List<String> tags) {
		var text = new StringBuilder(operation.plan().name());
		var objectives = operation.objectivesIfVisible();
		if (objectives != null) {
			text.append(" · ").append(objectives);
		}
		if (readable && !tags.isEmpty()) {
			text.append(" · ").append(String.join(", ", tags));
		}
		return SearchText.searchable(text.toString(), 20_000);
	}

	private List<OperationView> shelved(Visibility visibility, LocalDate today) {
		return operations.list(new OperationFilter(null, today.minusDays(1), null, null, null, null, null, null)).stream()
			.filter(operation -> hasRun(operation, today))
			.sorted(Comparator.comparing((OperationView operation) -> operation.plan().lastPhase().end()).reversed()
				.thenComparing(operation -> operation.plan().name()))
			.toList();
	}

	private Set<OperationId> readable(List<OperationView> shelved, Visibility visibility, LocalDate today) {
		var visible = shelved.stream().filter(OperationView::detailsVisible).map(OperationView::id)
			.collect(Collectors.toSet());
		return operations.circles(visible).stream()
			.filter(circle -> visibility.allows(LibraryRules.READ, circle.asRecord(today)))
			.map(circle -> circle.id())
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	private OperationView shelvedOrNotFound(OperationId id) {
		var operation = operations.find(id);
		if (!hasRun(operation, LocalDate.now(clock))) {
			throw new NotFound("Library entry", id);
		}
		return operation;
	}

	private ProtectedRecord recordOf(OperationId id) {
		return operations.circle(id).asRecord(LocalDate.now(clock));
	}

	/** A document or lesson is the operation's detail: both the operation's details and the Library's rule decide. */
	private static boolean mayRead(Visibility visibility, OperationView operation, ProtectedRecord record) {
		return operation.detailsVisible() && visibility.allows(LibraryRules.READ, record);
	}

	private static ShelfEntry entry(OperationView operation, boolean readable, List<String> tags, int[] counts) {
		var plan = operation.plan();
		return new ShelfEntry(operation.id(), plan.name(), plan.organiser(), plan.type(), operation.status(),
				plan.firstPhase().start(), plan.lastPhase().end(), readable, readable ? tags : List.of(),
				readable ? counts[0] : 0, readable ? counts[1] : 0);
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}
}
