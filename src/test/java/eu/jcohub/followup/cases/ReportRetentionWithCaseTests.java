package eu.jcohub.followup.cases;

import static eu.jcohub.seizures.FieldReporting.COORDINATOR_FI;
import static eu.jcohub.seizures.FieldReporting.OCU;
import static eu.jcohub.seizures.FieldReporting.OFFICER_FI;
import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.access.AccessPolicy;
import eu.jcohub.access.OperationRoles;
import eu.jcohub.followup.FollowupWords;
import eu.jcohub.followup.ReportFigures;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.protection.PersonalDataCategory;
import eu.jcohub.protection.PersonalDataStore;
import eu.jcohub.protection.RetentionOnDay;
import eu.jcohub.protection.RetentionRules;
import eu.jcohub.reference.ReferenceData;
import eu.jcohub.seizures.FieldReporting;
import eu.jcohub.support.Api;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.TestAccounts;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Retention end to end: a field report naming a person, validated by the OCU and become an investigation case,
 * keeps the person past the operation's normal retention while the case is open; once the case closes, the period
 * runs from the closure and the daily run then erases the person. Time is driven by the run's clock and by a
 * clock on which the case is closed a year after the operation ended.
 */
@IntegrationTest
class ReportRetentionWithCaseTests {

	private static final String PERSON = "Pekka Retention-Example";

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	OperationRoles roles;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	List<PersonalDataStore> stores;

	@Autowired
	RetentionRules rules;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	AccessPolicy access;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	CaseStore store;

	@Autowired
	ReportFigures figures;

	@Autowired
	OperationRegister operations;

	@Autowired
	ReferenceData reference;

	@Autowired
	FollowupWords words;

	@Test
	void aReportWithAnOpenCaseKeepsItsPersonAndLosesItOnceThePeriodHasRunFromTheCasesClosure() {
		var operation = FieldReporting.running(port, accounts, roles, jdbc);
		var report = operation.seizure(OFFICER_FI, FieldReporting.key(), """
				,"personName":"%s","personBirthDate":"1981-02-03","documentNumber":"FI-RET-4711\"""".formatted(PERSON));
		var validated = operation.api(OCU).post("/api/reports/" + report + "/validate", "{}");
		assertThat(validated.status()).as(validated.body()).isEqualTo(200);
		var opened = operation.api(COORDINATOR_FI).post("/api/reports/" + report + "/cases", """
				{"kind":"ADMINISTRATIVE","owner":"FI-CUSTOMS","investigatedBy":"Helsinki customs investigations","openedOn":"%s"}"""
			.formatted(LocalDate.now(ZoneOffset.UTC)));
		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		var caseId = UUID.fromString(opened.json().get("id").asString());
		var operationEnd = LocalDate.now(ZoneOffset.UTC).plusDays(15);
		int years = rules.periods().yearsFor("FI-CUSTOMS", PersonalDataCategory.PERSON);
		var retention = new RetentionOnDay(stores, rules, jdbc, events, access, transactions);

		// Past the normal retention, counted from the operation's end: the open case keeps the person.
		retention.run(operationEnd.plusYears(years).plusDays(1));
		assertThat(personOf(report)).isEqualTo(PERSON);

		// The case closes a year after the operation ended.
		var closure = operationEnd.plusYears(1);
		var later = new Cases(store, figures, operations, reference, access, words, events,
				Clock.fixed(closure.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
		accounts.as(COORDINATOR_FI, () -> transactions.execute(status -> later.record(caseId,
				new EventDraft("CLOSED", closure.toString(), null, null, null, null, "Fine paid"))));

		retention.run(closure.plusYears(years).minusDays(1));
		assertThat(personOf(report)).isEqualTo(PERSON);

		var due = retention.run(closure.plusYears(years));
		assertThat(due.byCategory()).containsKey("PERSON");
		assertThat(personOf(report)).isEqualTo("(erased)");
		assertThat(Api.as(port, OFFICER_FI).get("/api/reports/" + report).body()).doesNotContain(PERSON);
		var trail = Api.as(port, COORDINATOR_FI).get("/api/audit-trail?entityType=seizure-report&entityId=" + report);
		assertThat(trail.body()).contains("\"action\":\"ANONYMISED\"");
	}

	private String personOf(String report) {
		return jdbc.sql("select coalesce(person_name, '(erased)') from seizure_reports where id = ?::uuid").param(report)
			.query((rs, n) -> rs.getString(1)).single();
	}
}
