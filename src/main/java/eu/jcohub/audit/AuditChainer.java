package eu.jcohub.audit;

import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links the entries written since into the one hash chain of the audit trail. Entries are written unchained, in the
 * transaction of the change ({@link AuditTrail}), so that audited transactions do not commit one after the other;
 * this links them shortly after: right after such a commit (on a thread of its own, so never holding the writer's
 * connection) and every few seconds (what a crash left unlinked is linked then). One chainer links at a time, across
 * instances too: the chain's PostgreSQL advisory lock, held by the linking transaction, rather than a ShedLock row that
 * every instance would rewrite every few seconds; it links the committed entries it finds in
 * the order of their ids, giving each the next position and the hash of the entry before it, computed from the entry
 * as read back from the database — exactly what verification recomputes.
 */
@Component
class AuditChainer {

	private static final Logger log = LoggerFactory.getLogger(AuditChainer.class);
	static final long CHAIN_LOCK = 0x4a434f4155444954L;
	private static final int BATCH = 1000;

	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final AtomicBoolean wanted = new AtomicBoolean();
	private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
		var thread = new Thread(task, "audit-chainer");
		thread.setDaemon(true);
		return thread;
	});

	AuditChainer(JdbcClient jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/** New entries were committed: they are linked soon; calls while linking are gathered into one more run. */
	void wake() {
		if (wanted.compareAndSet(false, true)) {
			worker.execute(() -> {
				wanted.set(false);
				linkSafely();
			});
		}
	}

	/** Every few seconds: links what a run right after commit could not (or a crash left). */
	@Scheduled(fixedDelayString = "${jcohub.audit.chain-every:PT5S}", initialDelayString = "PT5S")
	public void linkSafely() {
		try {
			link();
		}
		catch (RuntimeException e) {
			log.warn("Audit entries could not be linked into the chain now; they wait for the next run: {}", e.toString());
		}
	}

	/** Links every committed entry not linked yet; how many it linked. */
	public long link() {
		long linked = 0;
		while (true) {
			var count = transactions.execute(status -> linkBatch());
			linked += count == null ? 0 : count;
			if (count == null || count < BATCH) {
				return linked;
			}
		}
	}

	private int linkBatch() {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query(Object.class).single();
		// No wait for this commit's flush to disk: what it writes is derived and redone after a crash (what it
		// did not durably commit is still waiting then), and nothing depends on it before the log reaches the disk.
		jdbc.sql("set local synchronous_commit = off").update();
		var last = jdbc.sql("""
				select chain_position, hash from audit_log where chain_position is not null
				order by chain_position desc limit 1""")
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2).trim() })
			.optional()
			.orElse(new Object[] { 0L, "" });
		long position = (Long) last[0];
		var previous = (String) last[1];
		var ids = new ArrayList<Long>();
		var positions = new ArrayList<Long>();
		var previousHashes = new ArrayList<String>();
		var hashes = new ArrayList<String>();
		var unlinked = jdbc.sql("""
				select id, at, actor, organisation, action, entity_type, entity_id, before::text, after::text,
				       remote_address, record_owner, record_label
				from audit_log where chain_position is null order by id limit ?""")
			.param(BATCH)
			.query((rs, n) -> new Unlinked(rs.getLong("id"), ChainLink.Content.of(rs)))
			.list();
		for (var entry : unlinked) {
			var hash = entry.content().hash(previous);
			ids.add(entry.id());
			positions.add(++position);
			previousHashes.add(previous);
			hashes.add(hash);
			previous = hash;
		}
		if (!ids.isEmpty()) {
			jdbc.sql("""
					update audit_log a set chain_position = l.position, previous_hash = l.previous, hash = l.hash
					from unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[]) as l(id, position, previous, hash)
					where a.id = l.id""")
				.params(ids.toArray(Long[]::new), positions.toArray(Long[]::new), previousHashes.toArray(String[]::new),
						hashes.toArray(String[]::new))
				.update();
		}
		return ids.size();
	}

	private record Unlinked(long id, ChainLink.Content content) {
	}

	/** How many entries wait to be linked. */
	long pending() {
		return jdbc.sql("select count(*) from audit_log where chain_position is null").query(Long.class).single();
	}

	@PreDestroy
	void stop() {
		worker.shutdownNow();
	}
}
