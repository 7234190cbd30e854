package eu.jcohub.audit;

import eu.jcohub.shared.RecordKind;
import eu.jcohub.shared.AuditAction;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Searches the audit trail. Administrators search all of it; anyone else only what their own organisation
 * did. The caller says which ({@code organisation} null = everything): the web layer decides from the access
 * rules, so that this module stays below the access module.
 */
@Service
public class AuditSearch {

	public static final int MAX_RESULTS = 1000;
	private final JdbcClient jdbc;

	AuditSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Entries matching every criterion given, newest first, at most {@value #MAX_RESULTS}. With an organisation:
	 * only what it did and what anyone did to its records.
	 */
	public List<AuditEntry> search(@Nullable String organisation, Criteria criteria) {
		var sql = new StringBuilder("""
				select id, at, actor, organisation, action, entity_type, entity_id, before::text, after::text,
				       remote_address, hash, record_owner, record_label
				from audit_log where true""");
		var params = new ArrayList<Object>();
		if (organisation != null) {
			sql.append(" and (organisation = ? or record_owner = ?)");
			params.add(organisation);
			params.add(organisation);
		}
		add(sql, params, " and entity_type = ?", criteria.entityType());
		add(sql, params, " and entity_id = ?", criteria.entityId());
		add(sql, params, " and actor = ?", criteria.actor());
		add(sql, params, " and at >= ?", criteria.from() == null ? null : Timestamp.from(criteria.from()));
		add(sql, params, " and at < ?", criteria.to() == null ? null : Timestamp.from(criteria.to()));
		sql.append(" order by id desc limit ").append(MAX_RESULTS);
		return jdbc.sql(sql.toString()).params(params)
			.query((rs, n) -> new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
					rs.getString(4), new AuditAction(rs.getString(5)), new RecordKind(rs.getString(6)), rs.getString(7),
					rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11) == null ? null : rs.getString(11).trim(), rs.getString(12),
					rs.getString(13)))
			.list();
	}

	private static void add(StringBuilder sql, List<Object> params, String condition, @Nullable Object value) {
		if (value != null) {
			sql.append(condition);
			params.add(value);
		}
	}

	/** What to look for; every criterion is optional. */
	public record Criteria(@Nullable String entityType, @Nullable String entityId, @Nullable String actor,
			@Nullable Instant from, @Nullable Instant to) {
	}
}
