package eu.jcohub.seizures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.jcohub.access.Role;
import eu.jcohub.protection.PersonalDataCategory;
import eu.jcohub.protection.PersonalDataStore;
import eu.jcohub.protection.RetentionRules;
import eu.jcohub.protection.SubjectAccess;
import eu.jcohub.protection.SubjectQuery;
import eu.jcohub.shared.Forbidden;
import eu.jcohub.support.Api;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.Plans;
import eu.jcohub.support.TestAccounts;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Retention of the persons and companies in seizure reports, on fixed days, and the subject-access search.
 * Swedish reports of an operation ending on 20 June 2006 are used: no other test has reports that old.
 */
@IntegrationTest
class RetentionTests {

	private static final LocalDate OPERATION_END = LocalDate.of(2006, 6, 20);

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	SeizureRetention store;

	@Autowired
	RetentionRules rules;

	@Autowired
	SubjectAccess subjectAccess;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void swedishAccounts() {
		accounts.ensure("t.rt.leader.se", "SE-CUSTOMS", Role.OPERATION_LEADER);
		accounts.ensure("t.rt.coordinator.se", "SE-CUSTOMS", Role.NATIONAL_COORDINATOR);
		accounts.ensure("t.rt.officer.se", "SE-CUSTOMS", Role.FIELD_OFFICER);
		accounts.ensure("t.rt.coordinator.dk", "DK-CUSTOMS", Role.NATIONAL_COORDINATOR);
	}

	@Test
	void personsAreErasedWhenTheOwnersPeriodEndsCompaniesWhenTheirsDoes() {
		var id = swedishReport("Sven Retained", "Retained Trading AB");
		accounts.as("t.rt.coordinator.se", () -> {
			rules.set("SE-CUSTOMS", PersonalDataCategory.PERSON, 2);
			rules.set("SE-CUSTOMS", PersonalDataCategory.COMPANY, 3);
		});
		var periods = rules.periods();

		assertThat(of(id, store.enforce(periods, OPERATION_END.plusYears(2).minusDays(1)))).isEmpty();
		var personsDue = of(id, store.enforce(periods, OPERATION_END.plusYears(2)));
		assertThat(personsDue).extracting(a -> a.category() + " after " + a.years()).containsExactly("PERSON after 2");
		assertThat(subject(id)).containsExactly(null, null, null, "Retained Trading AB", "SE556677-8899");

		assertThat(of(id, store.enforce(periods, OPERATION_END.plusYears(2).plusDays(1)))).isEmpty();
		assertThat(of(id, store.enforce(periods, OPERATION_END.plusYears(3)))).extracting(a -> a.category())
			.containsExactly(PersonalDataCategory.COMPANY);
		assertThat(subject(id)).containsOnlyNulls();
		assertThat(jdbc.sql("select anonymised from seizure_reports where id = ?::uuid").param(id)
			.query((rs, n) -> List.of((String[]) rs.getArray(1).getArray())).single()).containsExactly("COMPANY", "PERSON");

		var trail = Api.as(port, "t.rt.coordinator.se")
			.get("/api/audit-trail?entityType=seizure-report&entityId=" + id).body();
		assertThat(trail).contains("\"action\":\"ANONYMISED\"", "\"actor\":\"system\"");
		var read = Api.as(port, "t.rt.officer.se").get("/api/seizures/" + id);
		assertThat(read.json().get("anonymised").toString()).contains("PERSON", "COMPANY");
		assertThat(read.body()).doesNotContain("Sven Retained").contains("cigarettes");
	}

	@Test
	void theDefaultPeriodIsFiveYearsAndOnlyCoordinatorsOfTheOwnerChangeIt() {
		var id = swedishReport("Default Keeper", null);
		var periods = new RetentionRules.Periods(java.util.Map.of());
		assertThat(store.enforce(periods, OPERATION_END.plusYears(5).minusDays(1)))
			.noneMatch(a -> a.recordId().equals(id));
		assertThat(store.enforce(periods, OPERATION_END.plusYears(5))).anyMatch(a -> a.recordId().equals(id));

		assertThatThrownBy(() -> accounts.as("t.rt.coordinator.dk",
				() -> rules.set("SE-CUSTOMS", PersonalDataCategory.PERSON, 1))).isInstanceOf(Forbidden.class);
		assertThatThrownBy(() -> accounts.as("t.rt.officer.se",
				() -> rules.set("SE-CUSTOMS", PersonalDataCategory.PERSON, 1))).isInstanceOf(Forbidden.class);
		var api = Api.as(port, "t.rt.coordinator.se");
		assertThat(api.put("/api/retention-rules/PERSON", "{\"years\":0}").status()).isEqualTo(422);
		assertThat(api.put("/api/retention-rules/PERSON", "{\"years\":31}").status()).isEqualTo(422);
		assertThat(api.put("/api/retention-rules/NOPE", "{\"years\":3}").status()).isEqualTo(400);
		assertThat(api.put("/api/retention-rules/PERSON", "{\"years\":7}").status()).isEqualTo(200);
		assertThat(api.get("/api/retention-rules").body()).contains("\"category\":\"PERSON\",\"years\":7,\"explicit\":true");
	}

	@Test
	void subjectAccessFindsTheOwnersRecordsOnly() {
		var id = swedishReport("Märta Subjektsson", "Subjekt Handel AB");
		var found = Api.as(port, "t.rt.coordinator.se").get("/api/subject-access?name=subjektsson");
		assertThat(found.status()).isEqualTo(200);
		assertThat(found.body()).contains(id, "personName");
		assertThat(Api.as(port, "t.rt.coordinator.se").get("/api/subject-access?number=se%20556677%208899").body())
			.contains(id, "companyRegistrationNumber");
		assertThat(Api.as(port, "t.rt.coordinator.dk").get("/api/subject-access?name=subjektsson").body())
			.doesNotContain(id);
		assertThat(Api.as(port, "t.rt.officer.se").get("/api/subject-access?name=subjektsson").status()).isEqualTo(403);
		assertThat(Api.as(port, "t.rt.coordinator.se").get("/api/subject-access?name=ab").status()).isEqualTo(422);
		assertThat(Api.as(port, "t.rt.coordinator.se").get("/api/subject-access").status()).isEqualTo(422);
		assertThat(Api.as(port, "t.rt.coordinator.se").get("/api/audit-trail?entityType=subject-access").body())
			.contains("SUBJECT_ACCESS_SEARCH", "searched for a person or company", "Sweden customs administration")
			.doesNotContain("ubjektsson");
		var page = eu.jcohub.support.FormSession.signedIn(port, "t.rt.coordinator.se")
			.get("/data-protection?name=subjektsson").body();
		assertThat(page).contains("matched on the person&#39;s name").doesNotContain("personName");
		assertThat(accounts.as("t.rt.coordinator.se", () -> subjectAccess.search(new SubjectQuery(null,
				LocalDate.of(1975, 5, 17), null)))).anyMatch(m -> m.recordId().equals(id));
	}

	private String swedishReport(String person, String company) {
		var operation = Api.as(port, "t.rt.leader.se").post("/api/operations", Plans.json("RT-" + System.nanoTime(),
				"SE-CUSTOMS", "SE", List.of("FI"), List.of("CIGARETTES"), List.of("ROAD"), LocalDate.of(2006, 6, 1),
				OPERATION_END));
		assertThat(operation.status()).as(operation.body()).isEqualTo(201);
		var report = Api.as(port, "t.rt.officer.se").post("/api/operations/" + operation.json().get("id").asText()
				+ "/seizures", """
				{"seizedOn":"2006-06-10","place":"Haparanda","goodsCategory":"CIGARETTES","description":"cigarettes in a lorry",
				 "handlingCode":"OWNER_ONLY","personName":"%s","personBirthDate":"1975-05-17","documentNumber":"SE998877",
				 "companyName":%s,"companyRegistrationNumber":%s}"""
			.formatted(person, company == null ? "null" : "\"" + company + "\"", company == null ? "null" : "\"SE556677-8899\""));
		assertThat(report.status()).as(report.body()).isEqualTo(201);
		return report.json().get("id").asText();
	}

	private static List<PersonalDataStore.Anonymisation> of(String id, List<PersonalDataStore.Anonymisation> done) {
		return done.stream().filter(a -> a.recordId().equals(id)).toList();
	}

	private java.util.List<Object> subject(String id) {
		return jdbc.sql("""
				select person_name, person_birth_date, document_number, company_name, company_registration_number
				from seizure_reports where id = ?::uuid""")
			.param(id)
			.query((rs, n) -> java.util.Arrays.asList(rs.getObject(1), rs.getObject(2), rs.getObject(3), rs.getObject(4),
					rs.getObject(5)))
			.single();
	}
}
