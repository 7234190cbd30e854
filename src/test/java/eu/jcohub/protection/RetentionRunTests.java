package eu.jcohub.protection;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.access.AccessPolicy;
import eu.jcohub.support.IntegrationTest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A run of the retention rules on a fixed clock: every store is asked with that day and the rules in force,
 * and the run is kept and written to the audit trail.
 */
@IntegrationTest
class RetentionRunTests {

	@Autowired
	RetentionRules rules;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	AccessPolicy access;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aRunAsksEveryStoreWithTheDayOfItsClockAndRecordsWhatTheyDid() {
		var day = LocalDate.of(2099, 12, 31);
		var asked = new ArrayList<LocalDate>();
		PersonalDataStore store = new PersonalDataStore() {
			@Override
			public List<Anonymisation> enforce(RetentionRules.Periods periods, LocalDate today) {
				asked.add(today);
				assertThat(periods.yearsFor("NO-SUCH-ORGANISATION", PersonalDataCategory.PERSON))
					.isEqualTo(RetentionRules.DEFAULT_YEARS);
				return List.of(new Anonymisation("test-record", "r1", "DK-CUSTOMS", PersonalDataCategory.PERSON,
						LocalDate.of(2090, 1, 1), 5),
						new Anonymisation("test-record", "r2", "DK-CUSTOMS", PersonalDataCategory.COMPANY,
								LocalDate.of(2090, 1, 1), 5));
			}

			@Override
			public List<SubjectMention> mentions(String owner, SubjectQuery query) {
				return List.of();
			}
		};
		var clock = Clock.fixed(Instant.parse("2099-12-31T02:15:00Z"), ZoneOffset.UTC);
		var retention = new Retention(List.of(store), rules, jdbc, events, clock, access);

		var run = transactions.execute(status -> retention.enforce());

		assertThat(asked).containsExactly(day);
		assertThat(run.anonymised()).isEqualTo(2);
		assertThat(run.byCategory()).containsEntry("PERSON", 1L).containsEntry("COMPANY", 1L);
		assertThat(retention.lastRun()).hasValueSatisfying(last -> {
			assertThat(last.day()).isEqualTo(day);
			assertThat(last.byCategory()).isEqualTo(run.byCategory());
		});
		assertThat(jdbc.sql("select after::text from audit_log where entity_type = 'retention-run' and entity_id = ?")
			.param(day.toString()).query(String.class).list()).singleElement().asString().contains("\"anonymised\": 2");
	}
}
