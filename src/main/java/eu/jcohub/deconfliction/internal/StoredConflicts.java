package eu.jcohub.deconfliction.internal;

import eu.jcohub.deconfliction.Resolution;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import eu.jcohub.shared.OperationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Conflicts as recorded, one row per pair, with the owners' resolution. */
@Repository
public class StoredConflicts {

	private final JdbcClient jdbc;
	private final JsonMapper json = JsonMapper.builder().build();

	StoredConflicts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Replaces the recorded conflicts of one operation by the ones just found and returns the others that were
	 * not in conflict with it before. A resolution survives a re-check as long as the pair still conflicts.
	 */
	public Set<OperationId> replace(OperationId operation, List<ScoredConflict> current) {
		var operationId = operation.value();
		var before = new HashSet<>(partnersOf(operationId));
		var now = new HashSet<UUID>();
		for (var conflict : current) {
			var other = conflict.operation().id().value();
			now.add(other);
			var pair = ordered(operationId, other);
			jdbc.sql("""
					insert into conflicts (operation_a, operation_b, score, reasons)
					values (?, ?, ?, ?::jsonb)
					on conflict (operation_a, operation_b)
					do update set score = excluded.score, reasons = excluded.reasons, rechecked_at = now()""")
				.params(pair[0], pair[1], conflict.score(), json.writeValueAsString(conflict.reasons()))
				.update();
		}
		for (var gone : before) {
			if (!now.contains(gone)) {
				var pair = ordered(operationId, gone);
				jdbc.sql("delete from conflicts where operation_a = ? and operation_b = ?").params(pair[0], pair[1]).update();
			}
		}
		now.removeAll(before);
		return now.stream().map(OperationId::new).collect(java.util.stream.Collectors.toSet());
	}

	public Map<OperationId, Resolution> resolutionsOf(OperationId operation) {
		var operationId = operation.value();
		var resolutions = new HashMap<OperationId, Resolution>();
		jdbc.sql("""
				select case when operation_a = ? then operation_b else operation_a end as other,
				       resolution, resolution_note, resolved_by, resolved_at
				from conflicts where (operation_a = ? or operation_b = ?) and resolution is not null""")
			.params(operationId, operationId, operationId)
			.query(rs -> {
				resolutions.put(new OperationId(rs.getObject("other", UUID.class)), new Resolution(
						Resolution.Kind.valueOf(rs.getString("resolution")), rs.getString("resolution_note"),
						rs.getString("resolved_by"), rs.getTimestamp("resolved_at").toInstant()));
			});
		return resolutions;
	}

	public Map<OperationId, java.util.Optional<Resolution.Kind>> recordedOf(OperationId operation) {
		var operationId = operation.value();
		var recorded = new HashMap<OperationId, java.util.Optional<Resolution.Kind>>();
		jdbc.sql("""
				select case when operation_a = ? then operation_b else operation_a end as other, resolution
				from conflicts where operation_a = ? or operation_b = ?""")
			.params(operationId, operationId, operationId)
			.query(rs -> {
				var kind = rs.getString("resolution");
				recorded.put(new OperationId(rs.getObject("other", UUID.class)),
						java.util.Optional.ofNullable(kind).map(Resolution.Kind::valueOf));
			});
		return recorded;
	}

	public boolean exists(OperationId a, OperationId b) {
		var pair = ordered(a.value(), b.value());
		return jdbc.sql("select exists (select 1 from conflicts where operation_a = ? and operation_b = ?)")
			.params(pair[0], pair[1])
			.query(Boolean.class)
			.single();
	}

	public void resolve(OperationId a, OperationId b, Resolution resolution) {
		var pair = ordered(a.value(), b.value());
		jdbc.sql("""
				update conflicts set resolution = ?, resolution_note = ?, resolved_by = ?, resolved_at = ?
				where operation_a = ? and operation_b = ?""")
			.params(resolution.kind().name(), resolution.note(), resolution.recordedBy(),
					Timestamp.from(resolution.recordedAt()), pair[0], pair[1])
			.update();
	}

	private List<UUID> partnersOf(UUID operationId) {
		return jdbc.sql("""
				select case when operation_a = ? then operation_b else operation_a end
				from conflicts where operation_a = ? or operation_b = ?""")
			.params(operationId, operationId, operationId)
			.query(UUID.class)
			.list();
	}

	/** PostgreSQL orders uuids byte by byte, as their text does (UUID.compareTo compares signed longs). */
	private static UUID[] ordered(UUID a, UUID b) {
		return a.toString().compareTo(b.toString()) < 0 ? new UUID[] { a, b } : new UUID[] { b, a };
	}
}
