package eu.jcohub.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The migration to random token ids, run on tokens issued before it: each gets a random id, keeps its old number
 * (the audit trail names it by that), and keeps working; a revoked one says it was its owner's doing. Run in a
 * schema of its own on the token table as the earlier migrations left it.
 */
@IntegrationTest
class TokenIdMigrationTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void existingTokensGetRandomIdsAndKeepTheirNumbers() throws Exception {
		var schema = "token_migration_" + System.nanoTime();
		var before = tokensTableBefore();
		var migration = read("db/migration/accounts/V3_16__token_lifecycle.sql");
		transaction.executeWithoutResult(status -> {
			jdbc.execute("create schema " + schema);
			jdbc.execute("set local search_path = " + schema);
			jdbc.execute(before);
			jdbc.execute("""
					insert into api_tokens (username, purpose, name, token_hash, expires_at, revoked)
					values ('a', 'API', 'one', repeat('a', 64), now() + interval '1 day', false),
					       ('a', 'CALENDAR_FEED', 'two', repeat('b', 64), now() + interval '1 day', true),
					       ('b', 'API', 'three', repeat('c', 64), now() + interval '1 day', false)""");
			jdbc.execute(migration);
			var rows = jdbc.queryForList("select id, legacy_id, revoked_reason from api_tokens order by legacy_id");
			assertThat(rows).hasSize(3);
			assertThat(rows).extracting(row -> ((UUID) row.get("id")).version()).containsOnly(4);
			assertThat(rows).extracting(row -> row.get("id")).doesNotHaveDuplicates();
			assertThat(rows).extracting(row -> ((Number) row.get("legacy_id")).longValue()).containsExactly(1L, 2L, 3L);
			assertThat(rows).extracting(row -> row.get("revoked_reason")).containsExactly(null, "BY_OWNER", null);
			jdbc.execute("""
					insert into api_tokens (id, username, purpose, name, token_hash, expires_at)
					values (gen_random_uuid(), 'c', 'API', 'after', repeat('d', 64), now() + interval '1 day')""");
			status.setRollbackOnly();
		});
	}

	/** The token table as V3_1 and V3_5 made it (without the reference to the users table of that schema). */
	private static String tokensTableBefore() throws java.io.IOException {
		var accounts = read("db/migration/accounts/V3_1__accounts.sql");
		var table = accounts.substring(accounts.indexOf("create table api_tokens"));
		table = table.substring(0, table.indexOf(");") + 2).replace(" references users (username)", "");
		return table + "\n" + read("db/migration/accounts/V3_5__token_scopes.sql");
	}

	private static String read(String path) throws java.io.IOException {
		return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
	}
}
