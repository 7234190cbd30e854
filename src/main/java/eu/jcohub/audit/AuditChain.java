package eu.jcohub.audit;

import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes the audit chain from the first entry, in chain order, and reports the first broken link. Entries not
 * linked yet are counted as pending, never as tampering.
 */
@Service
public class AuditChain {

	private static final Logger log = LoggerFactory.getLogger(AuditChain.class);
	private final JdbcClient jdbc;
	private final AuditChainer chainer;
	private final TransactionTemplate readOnly;

	AuditChain(JdbcClient jdbc, AuditChainer chainer, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.chainer = chainer;
		this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
		this.readOnly.setReadOnly(true);
	}

	/**
	 * Links what waits to be linked (as the chainer would within seconds), then checks the whole chain: whoever asks
	 * whether the trail is intact gets an answer about every entry committed before they asked.
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
	public ChainVerification verify() {
		try {
			chainer.link();
		}
		catch (RuntimeException e) {
			log.warn("Pending audit entries could not be linked before verification: {}", e.toString());
		}
		return check();
	}

	/** Checks the chain as it stands, linking nothing: entries not linked yet are reported as pending. */
	ChainVerification check() {
		return readOnly.execute(status -> checkInTransaction());
	}

	private ChainVerification checkInTransaction() {
		var previous = new AtomicReference<>("");
		var checked = new long[] { 0 };
		var broken = new AtomicReference<Broken>();
		jdbc.sql("""
				select id, at, actor, organisation, action, entity_type, entity_id, before::text as before,
				       after::text as after, remote_address, previous_hash, hash, record_owner, record_label
				from audit_log where chain_position is not null order by chain_position""")
			.query(rs -> {
				if (broken.get() != null) {
					return;
				}
				long id = rs.getLong("id");
				checked[0]++;
				if (!rs.getString("previous_hash").trim().equals(previous.get())) {
					broken.set(new Broken(checked[0], id,
							"the entry before it is missing or was changed (its link does not match)"));
					return;
				}
				var expected = ChainLink.Content.of(rs).hash(previous.get());
				if (!expected.equals(rs.getString("hash").trim())) {
					broken.set(new Broken(checked[0], id, "the entry was changed after it was written"));
					return;
				}
				previous.set(expected);
			});
		long pending = jdbc.sql("select count(*) from audit_log where chain_position is null").query(Long.class).single();
		var found = broken.get();
		return found != null ? ChainVerification.broken(found.checked(), found.id(), found.problem(), pending)
				: ChainVerification.intact(checked[0], pending);
	}

	private record Broken(long checked, long id, String problem) {
	}
}
