package eu.jcohub.audit;

import eu.jcohub.shared.RecordChanged;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import eu.jcohub.shared.ActingFor;
import java.util.TreeMap;
import org.springframework.context.event.EventListener;
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
	private final JsonMapper json;
	private final Clock clock;

	AuditTrail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.json = JsonMapper.builder().build();
		this.clock = clock;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	public void on(RecordChanged change) {
		append(change);
	}

	private void append(RecordChanged change) {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query(Object.class).single();
		var previous = jdbc.sql("select hash from audit_log order by id desc limit 1").query(String.class)
			.optional().orElse("");
		var at = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
		var actor = actor();
		// PostgreSQL's own rendering of the jsonb values is what verification reads back, so hash that.
		var canonical = jdbc.sql("select ?::jsonb::text, ?::jsonb::text")
			.params(json.writeValueAsString(new TreeMap<>(change.before())),
					json.writeValueAsString(new TreeMap<>(change.after())))
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
			.single();
		var before = canonical[0];
		var after = canonical[1];
		var address = remoteAddress();
		var action = change.action().code();
		var kind = change.kind().code();
		var hash = ChainLink.hash(previous, at, actor[0], actor[1], action, kind, change.entityId(), before, after,
				address, change.recordOwner(), change.recordLabel());
		jdbc.sql("""
				insert into audit_log (at, actor, organisation, action, entity_type, entity_id, before, after,
				                       remote_address, previous_hash, hash, record_owner, record_label)
				values (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?)""")
			.params(Timestamp.from(at), actor[0], actor[1], action, kind, change.entityId(), before, after, address,
					previous, hash, change.recordOwner(), change.recordLabel())
			.update();
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
