package eu.jcohub.library.internal;

import eu.jcohub.library.SearchResult.Source;
import eu.jcohub.library.Snippet;
import eu.jcohub.shared.OperationId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * PostgreSQL full-text search over the Library: the user's words read as a web search engine reads them
 * ({@code websearch_to_tsquery}: words, "phrases", or, -not), ranked by cover density, each hit with a passage
 * around the words found ({@code ts_headline}). Documents and lessons are searched through their GIN-indexed
 * vectors, only among the operations the caller passes (those the user may read); operations' names, objectives
 * and tags are texts the caller passes, already reduced to what the user may see.
 */
@Repository
public class LibrarySearch {

	private static final String HEADLINE = "StartSel=" + SearchText.MATCH_START + ", StopSel=" + SearchText.MATCH_END
			+ ", MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";
	private static final String WHOLE = "StartSel=" + SearchText.MATCH_START + ", StopSel=" + SearchText.MATCH_END
			+ ", HighlightAll=true";
	private final JdbcTemplate jdbc;

	LibrarySearch(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A place where the words were found. */
	public record Found(OperationId operation, Source source, @Nullable UUID documentId, @Nullable String fileName,
			double rank, Snippet snippet) {
	}

	/** Operations whose text (name, and what else of it the user may see) holds the words. */
	public List<Found> inOperations(String words, Map<OperationId, String> texts, int limit) {
		if (texts.isEmpty()) {
			return List.of();
		}
		var ids = new ArrayList<String>();
		var bodies = new ArrayList<String>();
		texts.forEach((id, text) -> {
			ids.add(id.value().toString());
			bodies.add(text);
		});
		return jdbc.query((Connection connection) -> {
			PreparedStatement statement = connection.prepareStatement("""
					with q as (select websearch_to_tsquery('english', ?) as query)
					select o.id, ts_rank_cd(v.vector, q.query, 32) as rank,
					       ts_headline('english', o.body, q.query, ?) as headline
					  from unnest(cast(? as uuid[]), cast(? as text[])) as o(id, body)
					 cross join q
					 cross join lateral (select to_tsvector('english', o.body) as vector) v
					 where v.vector @@ q.query
					 order by rank desc
					 limit ?""");
			statement.setString(1, words);
			statement.setString(2, WHOLE);
			statement.setArray(3, connection.createArrayOf("uuid", ids.toArray()));
			statement.setArray(4, connection.createArrayOf("text", bodies.toArray()));
			statement.setInt(5, limit);
			return statement;
		}, (rs, row) -> new Found(new OperationId(rs.getObject("id", UUID.class)), Source.OPERATION, null, null,
				rs.getDouble("rank"), snippet(rs.getString("headline"))));
	}

	/** Documents of the given operations whose text or name holds the words, best first. */
	public List<Found> inDocuments(String words, Collection<OperationId> operations, int limit) {
		if (operations.isEmpty()) {
			return List.of();
		}
		return jdbc.query(connection -> statement(connection, """
				with q as (select websearch_to_tsquery('english', ?) as query),
				     found as (
				       select d.id, d.operation_id, d.file_name, d.text_content, q.query,
				              ts_rank_cd(d.search, q.query, 1 | 32) as rank
				         from library_documents d cross join q
				        where d.operation_id = any(cast(? as uuid[])) and d.search @@ q.query
				        order by rank desc
				        limit ?)
				select id, operation_id, file_name, rank, ts_headline('english', text_content, query, ?) as headline
				  from found order by rank desc""", words, operations, limit),
				(rs, row) -> new Found(new OperationId(rs.getObject("operation_id", UUID.class)), Source.DOCUMENT,
						rs.getObject("id", UUID.class), rs.getString("file_name"), rs.getDouble("rank"),
						snippet(rs.getString("headline"))));
	}

	/** Lessons of the given operations that hold the words, best first. */
	public List<Found> inLessons(String words, Collection<OperationId> operations, int limit) {
		if (operations.isEmpty()) {
			return List.of();
		}
		return jdbc.query(connection -> statement(connection, """
				with q as (select websearch_to_tsquery('english', ?) as query),
				     found as (
				       select l.operation_id, l.what_worked || ' · ' || l.what_did_not || ' · ' || l.recommendation as body,
				              q.query, ts_rank_cd(l.search, q.query, 32) as rank
				         from library_lessons l cross join q
				        where l.operation_id = any(cast(? as uuid[])) and l.search @@ q.query
				        order by rank desc
				        limit ?)
				select operation_id, rank, ts_headline('english', body, query, ?) as headline
				  from found order by rank desc""", words, operations, limit),
				(rs, row) -> new Found(new OperationId(rs.getObject("operation_id", UUID.class)), Source.LESSON, null,
						null, rs.getDouble("rank"), snippet(rs.getString("headline"))));
	}

	private static PreparedStatement statement(Connection connection, String sql, String words,
			Collection<OperationId> operations, int limit) throws SQLException {
		var statement = connection.prepareStatement(sql);
		statement.setString(1, words);
		statement.setString(2, LibraryStore.uuidArray(operations));
		statement.setInt(3, limit);
		statement.setString(4, HEADLINE);
		return statement;
	}

	private static Snippet snippet(String headline) {
		return Snippet.of(headline, SearchText.MATCH_START, SearchText.MATCH_END);
	}
}
