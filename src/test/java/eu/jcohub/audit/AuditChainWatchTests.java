package eu.jcohub.audit;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.shared.RecordChanged;
import eu.jcohub.shared.RecordKind;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.TestAccounts;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The daily check of the audit chain tells every administrator when it finds the chain broken, and only then. */
@IntegrationTest
class AuditChainWatchTests {

	@Autowired
	AuditChainWatch watch;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void administratorsAreNotifiedWhenTheDailyCheckFindsTheChainBroken() throws Exception {
		var admin = accounts.admin("t.watch.admin");
		var coordinator = accounts.coordinatorFi();
		transactions.executeWithoutResult(status -> events.publishEvent(
				RecordChanged.created(new RecordKind("test-record"), "watched", Map.of("value", "original"))));

		assertThat(watch.check().intact()).isTrue();
		Thread.sleep(500);
		assertThat(alerts(admin)).as("no alert while intact").isZero();

		long entry = jdbc.sql("select id from audit_log where entity_id = 'watched'").query(Long.class).single();
		tamper("update audit_log set after = '{\"value\": \"forged\"}' where id = " + entry);
		try {
			var result = watch.check();
			assertThat(result.intact()).isFalse();
			assertThat(result.firstBrokenEntry()).isEqualTo(entry);
			awaitAlert(admin);
		}
		finally {
			tamper("update audit_log set after = '{\"value\": \"original\"}' where id = " + entry);
		}
		assertThat(watch.check().intact()).isTrue();
		assertThat(alerts(coordinator)).as("others are not told").isZero();
		var alert = jdbc.sql("""
				select message_arguments[1] || ' ' || link from notifications
				where recipient = ? and message_key = 'notification.auditChainBroken'""")
			.param(admin).query(String.class).single();
		assertThat(alert).isEqualTo(entry + " /audit?verify=true");
	}

	private long alerts(String username) {
		return jdbc.sql("select count(*) from notifications where recipient = ? and message_key = 'notification.auditChainBroken'")
			.param(username).query(Long.class).single();
	}

	private void awaitAlert(String username) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (alerts(username) == 0) {
			assertThat(System.nanoTime()).as("the administrator was notified in time").isLessThan(deadline);
			Thread.sleep(100);
		}
	}

	/** What a database owner with bad intent could do: switch the guard off, change, switch it on. */
	private void tamper(String sql) {
		transactions.executeWithoutResult(status -> {
			jdbc.sql("alter table audit_log disable trigger audit_log_append_only").update();
			jdbc.sql(sql).update();
			jdbc.sql("alter table audit_log enable trigger audit_log_append_only").update();
		});
	}
}
