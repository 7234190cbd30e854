package eu.jcohub.audit;

import eu.jcohub.shared.RecordChanged;
import eu.jcohub.shared.RecordsChanged;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import eu.jcohub.shared.ActingFor;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends changes to the audit trail. Listens synchronously so that the entry is written in the
 * transaction of the change itself. Entries are chained: each hash covers the entry and the previous hash.
 */
@Service
public class AuditTrail {

	private static final long CHAIN_LOCK = 0x4a434f4155444954L;
	private final JdbcClient jdbc;
	private final JdbcTemplate batch;
	private final JsonMapper json;
	private final Clock clock;

	AuditTrail(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.json = JsonMapper.builder().build();
		this.clock = clock;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	public void on(RecordChanged change) {
		appendAll(List.of(change));
	}

	/** Many changes of one transaction, appended in order with a few statements for all of them. */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	public void on(RecordsChanged changes) {
		appendAll(changes.changes());
	}

	/**
	 * Appends the changes to the chain in order, under the chain's lock, hashing PostgreSQL's own rendering of their
	 * jsonb values (what verification reads back).
	 */
	private void appendAll(List<RecordChanged> changes) {
		if (changes.isEmpty()) {
			return;
		}
		jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query(Object.class).single();
		var previous = jdbc.sql("select hash from audit_log order by id desc limit 1").query(String.class)
			.optional().orElse("");
		var at = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
		var actor = actor();
		var address = remoteAddress();
		// PostgreSQL's own rendering of the jsonb values, as append hashes it, for every change in one query.
		var canonical = jdbc.sql("""
				select b::jsonb::text, a::jsonb::text from unnest(?::text[], ?::text[]) with ordinality as t(b, a, n)
				order by n""")
			.params(changes.stream().map(change -> json.writeValueAsString(new TreeMap<>(change.before())))
				.toArray(String[]::new),
					changes.stream().map(change -> json.writeValueAsString(new TreeMap<>(change.after())))
						.toArray(String[]::new))
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
			.list();
		var rows = new ArrayList<Object[]>();
		for (int i = 0; i < changes.size(); i++) {
			var change = changes.get(i);
			var before = canonical.get(i)[0];
			var after = canonical.get(i)[1];
			var action = change.action().code();
			var kind = change.kind().code();
			var hash = ChainLink.hash(previous, at, actor[0], actor[1], action, kind, change.entityId(), before, after,
					address, change.recordOwner(), change.recordLabel());
			rows.add(new Object[] { Timestamp.from(at), actor[0], actor[1], action, kind, change.entityId(), before, after,
					address, previous, hash, change.recordOwner(), change.recordLabel() });
			previous = hash;
		}
		// A batch runs its inserts one after the other, in order: the ids follow the chain.
		batch.batchUpdate("""
				insert into audit_log (at, actor, organisation, action, entity_type, entity_id, before, after,
				                       remote_address, previous_hash, hash, record_owner, record_label)
				values (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?)""", rows);
	}

	private static String[] actor() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			return new String[] { "system", "JCOHUB" };
		}
		if (authentication.getPrincipal() instanceof ActingFor principal) {
			return new String[] { principal.username(), principal.organisation() };
		}
		return new String[] { authentication.getName(), "" };
	}

	private static String remoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getRemoteAddr();
		}
		return "";
	}
}
