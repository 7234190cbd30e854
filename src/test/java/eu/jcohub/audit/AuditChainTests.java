package eu.jcohub.audit;

import eu.jcohub.shared.RecordKind;
import eu.jcohub.shared.RecordChanged;
import eu.jcohub.shared.RecordsChanged;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.support.Api;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.TestAccounts;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class AuditChainTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	AuditChain chain;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	org.springframework.context.ApplicationEventPublisher events;

	@Test
	void administratorsVerifyTheChainOthersMayNot() {
		var admin = accounts.admin("t.admin");
		var response = Api.bearer(port, accounts.apiToken(admin)).get("/api/audit/verify");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("intact").asBoolean()).isTrue();
		assertThat(Api.as(port, accounts.secretariat()).get("/api/audit/verify").status()).isEqualTo(403);
	}

	@Test
	synchronized void detectsAModifiedAndADeletedEntry() {
		for (int i = 0; i < 3; i++) {
			var n = i;
			transactions.executeWithoutResult(status -> events.publishEvent(
					RecordChanged.created(new RecordKind("test-record"), "chain-" + n, Map.of("value", "v" + n))));
		}
		assertThat(chain.verify().intact()).isTrue();
		long middle = jdbc.sql("select id from audit_log where entity_id = 'chain-1'").query(Long.class).single();

		tamper("update audit_log set after = '{\"value\": \"forged\"}' where id = " + middle);
		var modified = chain.verify();
		tamper("update audit_log set after = '{\"value\": \"v1\"}' where id = " + middle);
		assertThat(modified.intact()).isFalse();
		assertThat(modified.firstBrokenEntry()).isEqualTo(middle);
		assertThat(modified.problem()).contains("changed");

		var saved = jdbc.sql("select * from audit_log where id = ?").param(middle).query().singleRow();
		tamper("delete from audit_log where id = " + middle);
		var deleted = chain.verify();
		restore(saved);
		assertThat(deleted.intact()).isFalse();
		assertThat(deleted.firstBrokenEntry()).isGreaterThan(middle);
		assertThat(deleted.problem()).contains("missing");
		assertThat(chain.verify().intact()).isTrue();
	}

	@Test
	synchronized void changesPublishedTogetherAreChainedInOrderLikeChangesPublishedOneByOne() {
		transactions.executeWithoutResult(status -> events.publishEvent(new RecordsChanged(java.util.List.of(
				RecordChanged.created(new RecordKind("test-record"), "batch-a", Map.of("value", "a", "n", 1)),
				RecordChanged.created(new RecordKind("test-record"), "batch-b", Map.of("value", "b")).ownedBy("FI-CUSTOMS")
					.labelled("Report B"),
				RecordChanged.updated(new RecordKind("test-record"), "batch-a", Map.of("value", "a"),
						Map.of("value", "c"))))));
		transactions.executeWithoutResult(status -> events.publishEvent(
				RecordChanged.created(new RecordKind("test-record"), "batch-after", Map.of("value", "d"))));

		var entries = jdbc.sql("select entity_id, after::text from audit_log where entity_id like 'batch-%' order by id")
			.query((rs, n) -> rs.getString(1) + " " + rs.getString(2)).list();
		assertThat(entries).containsExactly("batch-a {\"n\": 1, \"value\": \"a\"}", "batch-b {\"value\": \"b\"}",
				"batch-a {\"value\": \"c\"}", "batch-after {\"value\": \"d\"}");
		assertThat(chain.verify().intact()).isTrue();
	}

	@Test
	void theApplicationCannotChangeOrDeleteEntries() {
		transactions.executeWithoutResult(status -> events.publishEvent(
				RecordChanged.created(new RecordKind("test-record"), "immutable", Map.of())));
		var update = org.assertj.core.api.Assertions.catchThrowable(() -> jdbc
			.sql("update audit_log set actor = 'someone else' where entity_id = 'immutable'").update());
		assertThat(update).hasMessageContaining("append-only");
		var delete = org.assertj.core.api.Assertions.catchThrowable(() -> jdbc
			.sql("delete from audit_log where entity_id = 'immutable'").update());
		assertThat(delete).hasMessageContaining("append-only");
	}

	/** What a database owner with bad intent could do: switch the guard off, change, switch it on. */
	private void tamper(String sql) {
		transactions.executeWithoutResult(status -> {
			jdbc.sql("alter table audit_log disable trigger audit_log_append_only").update();
			jdbc.sql(sql).update();
			jdbc.sql("alter table audit_log enable trigger audit_log_append_only").update();
		});
	}

	private void restore(Map<String, Object> row) {
		transactions.executeWithoutResult(status -> jdbc.sql("""
				insert into audit_log (id, at, actor, organisation, action, entity_type, entity_id, before, after,
				                       remote_address, previous_hash, hash, chain_position)
				values (:id, :at, :actor, :organisation, :action, :entity_type, :entity_id, :before::text::jsonb,
				        :after::text::jsonb, :remote_address, :previous_hash, :hash, :chain_position)""")
			.paramSource(row).update());
	}
}
