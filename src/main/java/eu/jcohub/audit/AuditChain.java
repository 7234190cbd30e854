package eu.jcohub.audit;

import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Recomputes the audit chain from the first entry and reports the first broken link. */
@Service
public class AuditChain {

	private final JdbcClient jdbc;

	AuditChain(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public ChainVerification verify() {
		var previous = new AtomicReference<>("");
		var checked = new long[] { 0 };
		var broken = new AtomicReference<ChainVerification>();
		jdbc.sql("""
				select id, at, actor, organisation, action, entity_type, entity_id, before::text, after::text,
				       remote_address, previous_hash, hash, record_owner, record_label
				from audit_log order by id""")
			.query(rs -> {
				if (broken.get() != null) {
					return;
				}
				long id = rs.getLong("id");
				checked[0]++;
				if (!rs.getString("previous_hash").equals(previous.get())) {
					broken.set(ChainVerification.broken(checked[0], id,
							"the entry before it is missing or was changed (its link does not match)"));
					return;
				}
				var expected = ChainLink.hash(previous.get(), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
						rs.getString("organisation"), rs.getString("action"), rs.getString("entity_type"),
						rs.getString("entity_id"), rs.getString(8), rs.getString(9), rs.getString("remote_address"),
						rs.getString("record_owner"), rs.getString("record_label"));
				if (!expected.equals(rs.getString("hash").trim())) {
					broken.set(ChainVerification.broken(checked[0], id, "the entry was changed after it was written"));
					return;
				}
				previous.set(expected);
			});
		return broken.get() != null ? broken.get() : ChainVerification.intact(checked[0]);
	}
}
