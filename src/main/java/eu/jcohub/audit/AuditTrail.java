package eu.jcohub.audit;

import eu.jcohub.shared.RecordChanged;
import eu.jcohub.shared.RecordsChanged;

import java.sql.SQLException;
import java.sql.Timestamp;
import javax.sql.DataSource;
import eu.jcohub.shared.db.CopyIn;
import org.springframework.dao.DataAccessResourceFailureException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import eu.jcohub.shared.ActingFor;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import java.util.List;
import java.util.TreeMap;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends changes to the audit trail. Listens synchronously so that the entry is written in the
 * transaction of the change itself. Entries are chained shortly after their commit ({@link AuditChainer}): each
 * hash covers the entry and the previous hash.
 */
@Service
public class AuditTrail {

	/** From this many entries of one transaction on, they go in with COPY rather than one insert statement. */
	private static final int COPY_FROM = 20;
	private final JdbcTemplate batch;
	private final DataSource dataSource;
	private final AuditChainer chainer;
	private final JsonMapper json;
	private final Clock clock;

	AuditTrail(JdbcTemplate batch, DataSource dataSource, AuditChainer chainer, Clock clock) {
		this.batch = batch;
		this.dataSource = dataSource;
		this.chainer = chainer;
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
	 * Appends the changes in order, unchained, in the transaction of the change: saved with it or not at all, and
	 * without a lock that every audited transaction would hold until its commit. Right after the commit the chainer
	 * links them ({@link AuditChainer}), hashing the entries as PostgreSQL stored them.
	 */
	private void appendAll(List<RecordChanged> changes) {
		if (changes.isEmpty()) {
			return;
		}
		var at = Timestamp.from(Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
		var actor = actor();
		var address = remoteAddress();
		if (changes.size() >= COPY_FROM) {
			copy(changes, at, actor, address);
		}
		else {
			insert(changes, at, actor, address);
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					chainer.wake();
				}
			});
		}
	}

	/** One statement for all of them, in order: the ids, and so the chain, follow the changes. */
	private void insert(List<RecordChanged> changes, Timestamp at, String[] actor, String address) {
		batch.update("""
				insert into audit_log (at, actor, organisation, action, entity_type, entity_id, before, after,
				                       remote_address, record_owner, record_label)
				select ?, ?, ?, a, k, e, b::jsonb, f::jsonb, ?, o, l
				from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
				     with ordinality as t(a, k, e, b, f, o, l, n)
				order by n""", at, actor[0], actor[1], address,
				column(changes, change -> change.action().code()), column(changes, change -> change.kind().code()),
				column(changes, RecordChanged::entityId),
				column(changes, change -> json.writeValueAsString(new TreeMap<>(change.before()))),
				column(changes, change -> json.writeValueAsString(new TreeMap<>(change.after()))),
				column(changes, RecordChanged::recordOwner), column(changes, RecordChanged::recordLabel));
	}

	/**
	 * Many entries (a bulk submission's thousand): one COPY stream on the transaction's connection, in order, so that
	 * the ids, and so the chain, follow the changes; PostgreSQL reads the json documents as it does from the insert.
	 */
	private void copy(List<RecordChanged> changes, Timestamp at, String[] actor, String address) {
		var copy = new CopyIn();
		for (var change : changes) {
			copy.row(at, actor[0], actor[1], change.action().code(), change.kind().code(), change.entityId(),
					json.writeValueAsString(new TreeMap<>(change.before())),
					json.writeValueAsString(new TreeMap<>(change.after())), address, change.recordOwner(),
					change.recordLabel());
		}
		try {
			copy.into(dataSource, "audit_log", """
					at, actor, organisation, action, entity_type, entity_id, before, after, remote_address, record_owner,
					record_label""");
		}
		catch (SQLException e) {
			throw new DataAccessResourceFailureException("the audit entries could not be written", e);
		}
	}

	private static String[] column(List<RecordChanged> changes, Function<RecordChanged, @Nullable String> value) {
		return changes.stream().map(value).toArray(String[]::new);
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
