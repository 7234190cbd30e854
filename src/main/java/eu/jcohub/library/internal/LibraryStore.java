package eu.jcohub.library.internal;

import eu.jcohub.library.DocumentFormat;
import eu.jcohub.library.Lesson;
import eu.jcohub.library.LibraryDocument;
import eu.jcohub.shared.OperationId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The Library's documents (what is known of each, and its text), lessons and tags in PostgreSQL. */
@Repository
public class LibraryStore {

	private static final String DOCUMENT_COLUMNS = """
			id, operation_id, file_name, format, size_bytes, text_content <> '' as searchable, uploaded_by,
			uploaded_by_organisation, uploaded_at""";
	private static final String LESSON_COLUMNS = """
			id, operation_id, what_worked, what_did_not, recommendation, written_by, written_by_organisation, written_at""";
	private final JdbcClient jdbc;

	LibraryStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(LibraryDocument document, String sha256, String text) {
		jdbc.sql("""
				insert into library_documents (id, operation_id, file_name, format, size_bytes, sha256, text_content,
				       uploaded_by, uploaded_by_organisation, uploaded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(document.id(), document.operationId().value(), document.fileName(), document.format().name(),
					document.sizeBytes(), sha256, text, document.uploadedBy(), document.uploadedByOrganisation(),
					Timestamp.from(document.uploadedAt()))
			.update();
	}

	public List<LibraryDocument> documentsOf(OperationId operation) {
		return jdbc.sql("select " + DOCUMENT_COLUMNS + " from library_documents where operation_id = ? order by uploaded_at, id")
			.param(operation.value())
			.query(LibraryStore::document)
			.list();
	}

	/** A document and the hash of its file as uploaded. */
	public record StoredDocument(LibraryDocument document, String sha256) {
	}

	public Optional<StoredDocument> findDocument(UUID id) {
		return jdbc.sql("select " + DOCUMENT_COLUMNS + ", sha256 from library_documents where id = ?")
			.param(id)
			.query((rs, row) -> new StoredDocument(document(rs, row), rs.getString("sha256")))
			.optional();
	}

	/** Removes a document's row, and with it its text from search. */
	public void deleteDocument(UUID id) {
		jdbc.sql("delete from library_documents where id = ?").param(id).update();
	}

	public Set<UUID> allDocumentIds() {
		return new HashSet<>(jdbc.sql("select id from library_documents").query(UUID.class).list());
	}

	public void insert(Lesson lesson) {
		jdbc.sql("""
				insert into library_lessons (id, operation_id, what_worked, what_did_not, recommendation, written_by,
				       written_by_organisation, written_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(lesson.id(), lesson.operationId().value(), lesson.whatWorked(), lesson.whatDidNot(),
					lesson.recommendation(), lesson.writtenBy(), lesson.writtenByOrganisation(),
					Timestamp.from(lesson.writtenAt()))
			.update();
	}

	public List<Lesson> lessonsOf(OperationId operation) {
		return jdbc.sql("select " + LESSON_COLUMNS + " from library_lessons where operation_id = ? order by written_at, id")
			.param(operation.value())
			.query(LibraryStore::lesson)
			.list();
	}

	public Optional<Lesson> findLesson(UUID id) {
		return jdbc.sql("select " + LESSON_COLUMNS + " from library_lessons where id = ?").param(id)
			.query(LibraryStore::lesson).optional();
	}

	public void deleteLesson(UUID id) {
		jdbc.sql("delete from library_lessons where id = ?").param(id).update();
	}

	public List<String> tagsOf(OperationId operation) {
		return jdbc.sql("select tag from library_tags where operation_id = ? order by tag")
			.param(operation.value())
			.query(String.class)
			.list();
	}

	/** The tags of each operation that has any. */
	public Map<OperationId, List<String>> tagsOf(Collection<OperationId> operations) {
		var tags = new HashMap<OperationId, List<String>>();
		if (operations.isEmpty()) {
			return tags;
		}
		jdbc.sql("select operation_id, tag from library_tags where operation_id = any(cast(? as uuid[])) order by tag")
			.param(uuidArray(operations))
			.query(rs -> {
				tags.computeIfAbsent(new OperationId(rs.getObject("operation_id", UUID.class)), id -> new ArrayList<>())
					.add(rs.getString("tag"));
			});
		return tags;
	}

	/** Replaces the operation's tags; returns those it had. */
	public List<String> replaceTags(OperationId operation, Collection<String> tags) {
		var before = tagsOf(operation);
		jdbc.sql("delete from library_tags where operation_id = ?").param(operation.value()).update();
		for (var tag : tags) {
			jdbc.sql("insert into library_tags (operation_id, tag) values (?, ?)").params(operation.value(), tag).update();
		}
		return before;
	}

	/** How many documents and lessons each operation has: {documents, lessons}. */
	public Map<OperationId, int[]> counts(Collection<OperationId> operations) {
		var counts = new HashMap<OperationId, int[]>();
		if (operations.isEmpty()) {
			return counts;
		}
		var ids = uuidArray(operations);
		jdbc.sql("""
				select operation_id, 0 as kind, count(*) as n from library_documents
				 where operation_id = any(cast(? as uuid[])) group by operation_id
				union all
				select operation_id, 1 as kind, count(*) as n from library_lessons
				 where operation_id = any(cast(? as uuid[])) group by operation_id""")
			.params(ids, ids)
			.query(rs -> {
				var id = new OperationId(rs.getObject("operation_id", UUID.class));
				counts.computeIfAbsent(id, key -> new int[2])[rs.getInt("kind")] = rs.getInt("n");
			});
		return counts;
	}

	/** Ids as a PostgreSQL array literal: ids are UUIDs, nothing in them needs quoting. */
	static String uuidArray(Collection<OperationId> operations) {
		return "{" + String.join(",", operations.stream().map(id -> id.value().toString()).toList()) + "}";
	}

	private static LibraryDocument document(ResultSet rs, int row) throws SQLException {
		return new LibraryDocument(rs.getObject("id", UUID.class), new OperationId(rs.getObject("operation_id", UUID.class)),
				rs.getString("file_name"), DocumentFormat.valueOf(rs.getString("format")), rs.getLong("size_bytes"),
				rs.getBoolean("searchable"), rs.getString("uploaded_by"), rs.getString("uploaded_by_organisation"),
				rs.getTimestamp("uploaded_at").toInstant());
	}

	private static Lesson lesson(ResultSet rs, int row) throws SQLException {
		return new Lesson(rs.getObject("id", UUID.class), new OperationId(rs.getObject("operation_id", UUID.class)),
				rs.getString("what_worked"), rs.getString("what_did_not"), rs.getString("recommendation"),
				rs.getString("written_by"), rs.getString("written_by_organisation"), rs.getTimestamp("written_at").toInstant());
	}
}
