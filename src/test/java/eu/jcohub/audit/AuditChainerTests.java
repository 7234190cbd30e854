package eu.jcohub.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import eu.jcohub.shared.RecordChanged;
import eu.jcohub.shared.RecordKind;
import eu.jcohub.shared.RecordsChanged;
import eu.jcohub.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Audit entries are written unchained with their change and linked into the one chain after commit: an entry
 * waiting to be linked (the process died in between) is pending, not tampering, and is linked by the next run;
 * entries of concurrent transactions end up in one unbroken chain, each exactly once, each transaction's entries in
 * their order; and linking is the only change the database lets anyone make to an entry.
 */
@IntegrationTest
class AuditChainerTests {

	@Autowired
	AuditChain chain;

	@Autowired
	AuditChainer chainer;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	synchronized void anEntryLeftUnlinkedByACrashIsPendingThenLinkedByTheNextRun() throws Exception {
		chainer.link();
		ChainVerification before;
		// The chain's lock held elsewhere, so that no chainer of this application links the entries while they are
		// looked at: what a process killed after its commit and before linking leaves behind, committed, not linked.
		try (var holder = dataSource.getConnection()) {
			holder.setAutoCommit(false);
			try (var lock = holder.prepareStatement("select pg_advisory_xact_lock(" + AuditChainer.CHAIN_LOCK + ")")) {
				lock.execute();
			}
			insertUnlinked();
			before = chain.check();
			holder.rollback();
		}
		assertThat(before.intact()).as("pending entries are not tampering").isTrue();
		assertThat(before.pending()).isGreaterThanOrEqualTo(3);

		chainer.link();

		var after = chain.check();
		assertThat(after.intact()).isTrue();
		assertThat(after.pending()).isZero();
		assertThat(after.entriesChecked()).isGreaterThanOrEqualTo(before.entriesChecked() + 3);
		var positions = positionsOf("left-unlinked-%");
		assertThat(positions).hasSize(3).doesNotContainNull().isSorted();
	}

	private void insertUnlinked() {
		jdbc.sql("""
				insert into audit_log (at, actor, organisation, action, entity_type, entity_id, before, after,
				                       remote_address)
				select now(), 'crashed', 'FI-CUSTOMS', 'CREATED', 'test-record', 'left-unlinked-' || g, '{}', '{"n": 1}', ''
				from generate_series(1, 3) g""")
			.update();
		assertThat(positionsOf("left-unlinked-%")).hasSize(3).containsOnlyNulls();
	}

	@Test
	synchronized void entriesOfConcurrentTransactionsFormOneUnbrokenChainEachTransactionInItsOrder() throws Exception {
		int writers = 8;
		int transactionsEach = 10;
		var pool = Executors.newFixedThreadPool(writers);
		try {
			var tasks = new ArrayList<Callable<Void>>();
			for (int w = 0; w < writers; w++) {
				var writer = w;
				tasks.add(() -> {
					for (int t = 0; t < transactionsEach; t++) {
						var prefix = "concurrent-" + writer + "-" + t + "-";
						transactions.executeWithoutResult(status -> events.publishEvent(new RecordsChanged(List.of(
								RecordChanged.created(new RecordKind("test-record"), prefix + "a", Map.of("step", 1)),
								RecordChanged.created(new RecordKind("test-record"), prefix + "b", Map.of("step", 2)),
								RecordChanged.created(new RecordKind("test-record"), prefix + "c", Map.of("step", 3))))));
					}
					return null;
				});
			}
			for (var future : pool.invokeAll(tasks)) {
				future.get();
			}
		}
		finally {
			pool.shutdown();
		}
		chainer.link();

		var verification = chain.verify();
		assertThat(verification.intact()).isTrue();
		assertThat(verification.pending()).isZero();
		var linked = jdbc.sql("""
				select entity_id from audit_log where entity_id like 'concurrent-%' order by chain_position""")
			.query(String.class).list();
		assertThat(linked).hasSize(writers * transactionsEach * 3).doesNotHaveDuplicates();
		for (int w = 0; w < writers; w++) {
			for (int t = 0; t < transactionsEach; t++) {
				var prefix = "concurrent-" + w + "-" + t + "-";
				assertThat(linked.stream().filter(id -> id.startsWith(prefix)).toList()).as(prefix)
					.containsExactly(prefix + "a", prefix + "b", prefix + "c");
			}
		}
		var span = jdbc.sql("""
				select min(chain_position), max(chain_position) from audit_log where entity_id like 'concurrent-%'""")
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).single();
		long positions = jdbc.sql("select count(*) from audit_log where chain_position between ? and ?")
			.params(span[0], span[1]).query(Long.class).single();
		assertThat(span[1] - span[0] + 1).as("positions without holes").isEqualTo(positions);
	}

	@Test
	synchronized void linkingIsTheOnlyChangeAndOnlyOnce() {
		chainer.link();
		jdbc.sql("""
				insert into audit_log (at, actor, organisation, action, entity_type, entity_id, before, after,
				                       remote_address)
				values (now(), 'someone', 'FI-CUSTOMS', 'CREATED', 'test-record', 'not-linked-yet', '{}', '{}', '')""")
			.update();
		var forged = catchThrowable(() -> jdbc.sql("""
				update audit_log set actor = 'someone else', chain_position = -1, previous_hash = 'x', hash = 'y'
				where entity_id = 'not-linked-yet'""").update());
		assertThat(forged).as("linking may not change what the entry says").hasMessageContaining("append-only");

		chainer.link();
		var relink = catchThrowable(() -> jdbc.sql("""
				update audit_log set chain_position = -1, previous_hash = 'x', hash = 'y'
				where entity_id = 'not-linked-yet'""").update());
		assertThat(relink).as("a linked entry is never linked again").hasMessageContaining("append-only");
		assertThat(chain.check().intact()).isTrue();
	}

	private List<Long> positionsOf(String pattern) {
		return jdbc.sql("select chain_position from audit_log where entity_id like ? order by id").param(pattern)
			.query((rs, n) -> rs.getObject(1) == null ? null : rs.getLong(1)).list();
	}
}
