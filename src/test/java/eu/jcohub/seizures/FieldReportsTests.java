package eu.jcohub.seizures;

import static eu.jcohub.seizures.FieldReporting.LEADER;
import static eu.jcohub.seizures.FieldReporting.OCU;
import static eu.jcohub.seizures.FieldReporting.OFFICER_DK;
import static eu.jcohub.seizures.FieldReporting.OFFICER_FI;
import static eu.jcohub.seizures.FieldReporting.OFFICER_FI2;
import static eu.jcohub.seizures.FieldReporting.OFFICER_PT;
import static eu.jcohub.seizures.FieldReporting.key;
import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.access.OperationRoles;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.TestAccounts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Field reports through the API: once each whatever the retries, only for a phase that takes them, checked field
 * by field, in bulk item by item, and validated, queried or rejected by the OCU alone.
 */
@IntegrationTest
class FieldReportsTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	OperationRoles roles;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PublishedEvents events;

	private FieldReporting operation;

	@BeforeEach
	void runningOperation() {
		operation = FieldReporting.running(port, accounts, roles, jdbc);
	}

	@Test
	void theSameKeySentTwiceGivesTheSameReportAndNeverASecondOne() {
		var key = key();
		var first = operation.submit(OFFICER_FI, key, seizureJson());
		var again = operation.submit(OFFICER_FI, key, seizureJson());
		assertThat(first.status()).as(first.body()).isEqualTo(201);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().get("id").asText()).isEqualTo(first.json().get("id").asText());
		assertThat(first.json().get("reference").asText()).startsWith("SR-");
		assertThat(countWithKey(key)).isEqualTo(1);
	}

	@Test
	void theSameKeySentConcurrentlyMakesOneReport() throws Exception {
		var key = key();
		var pool = Executors.newFixedThreadPool(8);
		try {
			var calls = new ArrayList<Callable<String>>();
			IntStream.range(0, 8).forEach(i -> calls.add(() -> {
				var response = operation.submit(OFFICER_FI, key, seizureJson());
				assertThat(response.status()).as(response.body()).isIn(200, 201);
				return response.json().get("id").asText();
			}));
			var ids = new HashSet<String>();
			for (var future : pool.invokeAll(calls)) {
				ids.add(future.get());
			}
			assertThat(ids).hasSize(1);
		}
		finally {
			pool.shutdown();
		}
		assertThat(countWithKey(key)).isEqualTo(1);
	}

	/** Numbers are taken outside the report's transaction (gaps allowed), and stay unique under concurrency. */
	@Test
	void reportsSentConcurrentlyByOneAdministrationGetNumbersOfTheirOwn() throws Exception {
		var pool = Executors.newFixedThreadPool(8);
		var references = new ArrayList<String>();
		try {
			var calls = new ArrayList<Callable<String>>();
			IntStream.range(0, 16).forEach(i -> calls.add(() -> {
				var response = operation.submit(OFFICER_FI, key(), seizureJson());
				assertThat(response.status()).as(response.body()).isEqualTo(201);
				return response.json().get("reference").asText();
			}));
			for (var future : pool.invokeAll(calls)) {
				references.add(future.get());
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(references).hasSize(16).doesNotHaveDuplicates().allMatch(r -> r.matches("SR-\\d{4}-FI-CUSTOMS-\\d{5}"));
	}

	@Test
	void aReportWithoutIdempotencyKeyIsRefusedAndNothingIsStored() {
		long before = countOfOperation();
		var response = operation.submit(OFFICER_FI, null, seizureJson());
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("errors").get("idempotencyKey").asText()).contains("Idempotency-Key");
		assertThat(countOfOperation()).isEqualTo(before);
	}

	@Test
	void badValuesAreNamedFieldByField() {
		var response = operation.submit(OFFICER_FI, key(), """
				{"type":"SEIZURE","location":"FIHEL","riskArea":"CIGARETTES","quantity":-5,"unit":"L",
				 "summary":"x","valueEur":-1}""");
		assertThat(response.status()).isEqualTo(422);
		var errors = response.json().get("errors");
		assertThat(errors.get("quantity").asText()).contains("between 0");
		assertThat(errors.get("unit").asText()).contains("does not fit CIGARETTES");
		assertThat(errors.get("valueEur")).isNotNull();

		var control = operation.submit(OFFICER_FI, key(), """
				{"type":"CONTROL","location":"XXNOP","controlledKind":"LORRIES","result":"MAYBE"}""");
		assertThat(control.status()).isEqualTo(422);
		assertThat(control.json().get("errors").properties().stream().map(Map.Entry::getKey).toList())
			.contains("location", "controlledKind", "controlledCount", "result");
		var unknownType = operation.submit(OFFICER_FI, key(), "{\"type\":\"PARCEL\"}");
		assertThat(unknownType.json().get("errors").get("type").asText()).contains("CONTROL or SEIZURE");
	}

	@Test
	void aClosedPhaseTakesReportsMarkedLateFor72HoursAndThenNone() {
		jdbc.sql("update report_phases set opened_at = opened_at - interval '1 day' where operation_id = ?")
			.param(UUID.fromString(operation.operationId)).update();
		assertThat(operation.api(OCU).post(path("/phases/1/close"), "{}").status()).isEqualTo(200);
		var late = operation.submit(OFFICER_FI, key(), seizureJson().replace("{", "{\"phase\":1,\"occurredAt\":\""
				+ java.time.Instant.now().minusSeconds(60) + "\","));
		assertThat(late.status()).as(late.body()).isEqualTo(201);
		assertThat(late.json().get("late").asBoolean()).isTrue();

		var noPhaseOpen = operation.submit(OFFICER_FI, key(), seizureJson());
		assertThat(noPhaseOpen.status()).isEqualTo(422);
		assertThat(noPhaseOpen.json().get("errors").get("phase").asText()).contains("no phase");
		var unknown = operation.submit(OFFICER_FI, key(), seizureJson().replace("{", "{\"phase\":5,"));
		assertThat(unknown.json().get("errors").get("phase").asText()).contains("has not been opened");

		jdbc.sql("update report_phases set opened_at = opened_at - interval '4 days', "
				+ "closed_at = now() - interval '73 hours' where operation_id = ?")
			.param(UUID.fromString(operation.operationId)).update();
		var tooLate = operation.submit(OFFICER_FI, key(), seizureJson().replace("{", "{\"phase\":1,"));
		assertThat(tooLate.status()).isEqualTo(422);
		assertThat(tooLate.json().get("errors").get("phase").asText()).contains("more than 72 hours ago");
	}

	@Test
	void aReportDatedOutsideItsPhaseIsRefused() {
		var before = operation.submit(OFFICER_FI, key(), seizureJson().replace("{", "{\"occurredAt\":\""
				+ java.time.Instant.now().minusSeconds(3 * 86400) + "\","));
		assertThat(before.status()).isEqualTo(422);
		assertThat(before.json().get("errors").get("occurredAt").asText()).contains("phase 1 ran from");
	}

	@Test
	void onlyParticipantsReport() {
		var outsider = operation.submit(OFFICER_PT, key(), seizureJson());
		assertThat(outsider.status()).isEqualTo(403);
		assertThat(operation.submit(OFFICER_DK, key(), seizureJson().replace("FIHEL", "DKAAR")).status()).isEqualTo(201);
	}

	@Test
	void theLocationDefaultsToTheReportersOwnLocationOfTheOperation() {
		var response = operation.submit(OFFICER_FI, key(), seizureJson().replace("\"location\":\"FIHEL\",", ""));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		assertThat(response.json().get("locationCode").asText()).isEqualTo("FIHEL");
	}

	@Test
	void aFieldOfficerSeesTheirOwnAdministrationsReportsAndTheLeaderAndOcuSeeAll() {
		var finnish = operation.seizure(OFFICER_FI, key(), "");
		var finnish2 = operation.seizure(OFFICER_FI2, key(), "");
		var danish = operation.seizure(OFFICER_DK, key(), ",\"location\":\"DKAAR\"");
		var seenByFinn = operation.api(OFFICER_FI).get(path("/reports")).body();
		assertThat(seenByFinn).contains(finnish, finnish2).doesNotContain(danish);
		assertThat(operation.api(OFFICER_FI).get("/api/reports/" + danish).status()).isEqualTo(403);
		assertThat(operation.api(OFFICER_FI).get("/api/seizures/" + danish).status()).isEqualTo(403);
		assertThat(operation.api(LEADER).get(path("/reports")).body()).contains(finnish, finnish2, danish);
		assertThat(operation.api(OCU).get(path("/reports")).body()).contains(finnish, finnish2, danish);
	}

	@Test
	void onlyTheOcuValidatesAndAValidatedReportIsToldInTheSameTransaction() {
		var id = operation.seizure(OFFICER_FI, key(), "");
		assertThat(operation.api(LEADER).post("/api/reports/" + id + "/validate", "{}").status()).isEqualTo(403);
		assertThat(operation.api(OFFICER_FI).post("/api/reports/" + id + "/validate", "{}").status()).isEqualTo(403);
		var validated = operation.api(OCU).post("/api/reports/" + id + "/validate", "{}");
		assertThat(validated.status()).as(validated.body()).isEqualTo(200);
		assertThat(validated.json().get("state").asText()).isEqualTo("VALIDATED");
		var told = events.all().stream()
			.filter(t -> t.event() instanceof ReportValidated validatedEvent && validatedEvent.reportId().toString().equals(id))
			.toList();
		assertThat(told).hasSize(1);
		assertThat(told.get(0).inTransaction()).isTrue();
		var event = (ReportValidated) told.get(0).event();
		assertThat(event.type()).isEqualTo(ReportType.SEIZURE);
		assertThat(event.phase()).isEqualTo(1);
		assertThat(event.administration()).isEqualTo("FI-CUSTOMS");
		assertThat(event.riskArea()).isEqualTo("CIGARETTES");
		assertThat(event.infringement()).isTrue();
		var twice = operation.api(OCU).post("/api/reports/" + id + "/validate", "{}");
		assertThat(twice.status()).isEqualTo(409);
	}

	@Test
	void aQueryGoesBackToTheReporterWhoseAnswerMakesItReceivedAgain() {
		var id = operation.seizure(OFFICER_FI, key(), "");
		assertThat(operation.api(OCU).post("/api/reports/" + id + "/query", "{}").status()).isEqualTo(422);
		var queried = operation.api(OCU).post("/api/reports/" + id + "/query", "{\"text\":\"Which trailer?\"}");
		assertThat(queried.json().get("state").asText()).isEqualTo("QUERIED");
		assertThat(operation.api(OFFICER_DK).post("/api/reports/" + id + "/answer", "{\"text\":\"x\"}").status())
			.isEqualTo(403);
		var read = operation.api(OFFICER_FI2).get("/api/reports/" + id);
		assertThat(read.status()).as(read.body()).isEqualTo(200);
		assertThat(read.json().get("question").asText()).isEqualTo("Which trailer?");
		var answered = operation.api(OFFICER_FI2).post("/api/reports/" + id + "/answer",
				"{\"text\":\"The white one, plate ABC-123\"}");
		assertThat(answered.status()).as(answered.body()).isEqualTo(200);
		assertThat(answered.json().get("state").asText()).isEqualTo("RECEIVED");
		assertThat(answered.json().get("answer").asText()).contains("ABC-123");
		var rejected = operation.api(OCU).post("/api/reports/" + id + "/reject", "{\"text\":\"Reported twice\"}");
		assertThat(rejected.json().get("state").asText()).isEqualTo("REJECTED");
		assertThat(rejected.json().get("rejectReason").asText()).isEqualTo("Reported twice");
		assertThat(operation.api(OCU).post("/api/reports/" + id + "/validate", "{}").status()).isEqualTo(409);
	}

	@Test
	void aBulkBatchNumbersItsReportsInOrderAndMakesOneReportOfAKeySentTwiceInIt() {
		var twice = key();
		var control = """
				{"idempotencyKey":"%s","type":"CONTROL","location":"FIHEL","controlledKind":"VEHICLES",
				 "controlledCount":2,"result":"NOTHING_FOUND"}""";
		var batch = "[" + control.formatted(key()) + "," + control.formatted(key()) + "]";
		var answer = operation.api(OFFICER_FI).post(path("/reports/bulk"), batch).json();
		assertThat(answer.get(0).get("outcome").asText()).isEqualTo("CREATED");
		assertThat(answer.get(1).get("outcome").asText()).isEqualTo("CREATED");
		int first = number(answer.get(0).get("reference").asText());
		assertThat(number(answer.get(1).get("reference").asText())).isEqualTo(first + 1);

		var repeating = operation.api(OFFICER_FI).post(path("/reports/bulk"),
				"[" + control.formatted(twice) + "," + control.formatted(twice) + "]").json();
		assertThat(repeating.get(0).get("outcome").asText()).isEqualTo("CREATED");
		assertThat(repeating.get(1).get("outcome").asText()).isEqualTo("DUPLICATE");
		assertThat(repeating.get(1).get("id").asText()).isEqualTo(repeating.get(0).get("id").asText());
		assertThat(number(repeating.get(0).get("reference").asText())).as("no number lost to the repeat")
			.isEqualTo(first + 2);
		assertThat(countWithKey(twice)).isEqualTo(1);
	}

	/**
	 * A bulk batch's reports and their audit entries go in with COPY: texts with quotes, commas, line breaks and
	 * backslashes, amounts, dates, lists and personal data come out as a single submission of the same report stores
	 * them, and each report has its one audit entry, the same as the single one's.
	 */
	@Test
	void aBulkBatchStoresEveryFieldAsASingleSubmissionWouldWithOneAuditEntryPerReport() {
		var report = new java.util.LinkedHashMap<String, Object>();
		report.put("type", "SEIZURE");
		report.put("location", "FIHEL");
		report.put("riskArea", "CIGARETTES");
		report.put("quantity", 12000.5);
		report.put("unit", "STICKS");
		report.put("valueEur", 1234.56);
		report.put("dutiesEur", 987.65);
		report.put("concealment", "Behind a \"false\" wall, under\ttools");
		report.put("routeFrom", "RU");
		report.put("routeTo", "FI");
		report.put("identifiers", java.util.List.of("MSCU1234567", "ABC123"));
		report.put("summary", "He said \"stop\", then left;\nC:\\temp\\new, \u00e9t\u00e9 \\N \"\" end");
		report.put("personName", "O'Brien, \"Jim\"");
		report.put("personBirthDate", "1970-02-03");
		report.put("documentNumber", "X1\\2");
		report.put("companyName", "Smith \"&\" Sons, Ltd");
		var mapper = tools.jackson.databind.json.JsonMapper.builder().build();
		var single = operation.submit(OFFICER_FI, key(), mapper.writeValueAsString(report));
		assertThat(single.status()).as(single.body()).isEqualTo(201);
		var items = new ArrayList<Map<String, Object>>();
		for (int i = 0; i < 25; i++) {
			var item = new java.util.LinkedHashMap<>(report);
			item.put("idempotencyKey", key());
			items.add(item);
		}
		var bulk = operation.api(OFFICER_FI).post(path("/reports/bulk"), mapper.writeValueAsString(items));
		assertThat(bulk.status()).as(bulk.body()).isEqualTo(200);
		var singleId = UUID.fromString(single.json().get("id").asText());
		var singleRow = storedFields(singleId);
		assertThat(singleRow.get("description")).isEqualTo(report.get("summary"));
		assertThat(singleRow.get("person_name")).isEqualTo(report.get("personName"));
		for (int i = 0; i < items.size(); i++) {
			assertThat(bulk.json().get(i).get("outcome").asText()).isEqualTo("CREATED");
			var id = UUID.fromString(bulk.json().get(i).get("id").asText());
			assertThat(storedFields(id)).isEqualTo(singleRow);
			assertThat(auditEntries(id)).as("one audit entry per report, as for a single submission")
				.isEqualTo(auditEntries(singleId));
		}
	}

	/** Every stored field but those that differ from report to report (id, number, key, time). */
	private Map<String, Object> storedFields(UUID id) {
		return jdbc.sql("""
				select operation_id, owner, seized_on, location_code, place, goods_category, description, quantity, unit,
				       estimated_value_eur, handling_code, named_organisations::text, person_name, person_birth_date,
				       document_number, company_name, company_registration_number, anonymised::text, reported_by,
				       version, type, phase, occurred_at is not null as occurred, late, transport_mode, duties_eur,
				       concealment, route_from, route_to, identifiers::text, profile_id, controlled_kind,
				       controlled_count, result, state, question, answer, reject_reason, decided_by, decided_at
				from seizure_reports where id = ?""")
			.param(id)
			.query()
			.singleRow();
	}

	/** The report's audit entries without what differs from report to report. */
	private java.util.List<Map<String, Object>> auditEntries(UUID id) {
		return jdbc.sql("""
				select action, entity_type, actor, organisation, before::text,
				       (after - 'reference')::text as after, record_owner, record_label is not null as labelled
				from audit_log where entity_id = ? order by id""")
			.param(id.toString())
			.query()
			.listOfRows();
	}

	/**
	 * The same batch sent four times at once: whichever copy comes second finds the keys taken when it commits, and its
	 * items go again one by one: every key makes one report, created once and answered the same to all.
	 */
	@Test
	void theSameBatchSentConcurrentlyMakesOneReportPerKey() throws Exception {
		var keys = IntStream.range(0, 30).mapToObj(i -> key()).toList();
		var batch = keys.stream()
			.map(key -> "{\"idempotencyKey\":\"" + key + "\",\"type\":\"CONTROL\",\"location\":\"FIHEL\","
					+ "\"controlledKind\":\"VEHICLES\",\"controlledCount\":1,\"result\":\"NOTHING_FOUND\"}")
			.collect(java.util.stream.Collectors.joining(",", "[", "]"));
		var pool = Executors.newFixedThreadPool(4);
		var answers = new ArrayList<tools.jackson.databind.JsonNode>();
		try {
			var calls = new ArrayList<Callable<tools.jackson.databind.JsonNode>>();
			IntStream.range(0, 4).forEach(i -> calls.add(() -> {
				var response = operation.api(OFFICER_FI).post(path("/reports/bulk"), batch);
				assertThat(response.status()).as(response.body()).isEqualTo(200);
				return response.json();
			}));
			for (var future : pool.invokeAll(calls)) {
				answers.add(future.get());
			}
		}
		finally {
			pool.shutdown();
		}
		for (int row = 0; row < keys.size(); row++) {
			var ids = new HashSet<String>();
			int created = 0;
			for (var answer : answers) {
				ids.add(answer.get(row).get("id").asText());
				created += answer.get(row).get("outcome").asText().equals("CREATED") ? 1 : 0;
			}
			assertThat(ids).as("row %d", row + 1).hasSize(1);
			assertThat(created).as("row %d created once", row + 1).isEqualTo(1);
			assertThat(countWithKey(keys.get(row))).isEqualTo(1);
			assertThat(auditEntries(UUID.fromString(ids.iterator().next()))).hasSize(1);
		}
	}

	private static int number(String reference) {
		return Integer.parseInt(reference.substring(reference.lastIndexOf('-') + 1));
	}

	@Test
	void aBulkBatchStoresTheGoodItemsReportsTheBadOnesByRowAndRepeatsNothing() {
		var good = key();
		var batch = """
				[{"idempotencyKey":"%s","type":"CONTROL","location":"FIHEL","controlledKind":"VEHICLES",
				  "controlledCount":40,"result":"NOTHING_FOUND"},
				 {"idempotencyKey":"%s","type":"SEIZURE","location":"FIHEL","riskArea":"CIGARETTES","quantity":-1,
				  "unit":"STICKS","summary":"x"},
				 {"type":"CONTROL","location":"FIHEL","controlledKind":"VEHICLES","controlledCount":1,
				  "result":"NOTHING_FOUND"}]""".formatted(good, key());
		var answer = operation.api(OFFICER_FI).post(path("/reports/bulk"), batch);
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		var results = answer.json();
		assertThat(results.get(0).get("outcome").asText()).isEqualTo("CREATED");
		assertThat(results.get(0).get("reference").asText()).startsWith("CR-");
		assertThat(results.get(1).get("outcome").asText()).isEqualTo("REFUSED");
		assertThat(results.get(1).get("row").asInt()).isEqualTo(2);
		assertThat(results.get(1).get("errors").get("quantity")).isNotNull();
		assertThat(results.get(2).get("errors").get("idempotencyKey")).isNotNull();

		var again = operation.api(OFFICER_FI).post(path("/reports/bulk"), batch).json();
		assertThat(again.get(0).get("outcome").asText()).isEqualTo("DUPLICATE");
		assertThat(again.get(0).get("id").asText()).isEqualTo(results.get(0).get("id").asText());
		assertThat(countWithKey(good)).isEqualTo(1);

		var nothingStored = operation.api(OFFICER_FI).post(path("/reports/bulk"), """
				[{"idempotencyKey":"%s","type":"SEIZURE","location":"FIHEL","riskArea":"CIGARETTES","quantity":-1,
				  "unit":"STICKS","summary":"x"}]""".formatted(key()));
		assertThat(nothingStored.status()).isEqualTo(422);
		assertThat(nothingStored.json().get("errors").get("[0].quantity").asText()).contains("between 0");
	}

	@Test
	void aCsvBatchIsAnsweredRowByRow() {
		var csv = "idempotencyKey,type,location,controlledKind,controlledCount,result,identifiers\n"
				+ key() + ",CONTROL,FIHEL,CONTAINERS,3,INFRINGEMENT,MSCU1234567;ABC123\n"
				+ key() + ",CONTROL,FIHEL,CONTAINERS,three,INFRINGEMENT,\n";
		var answer = operation.api(OFFICER_FI).post(path("/reports/bulk"), "text/csv", csv, Map.of());
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		assertThat(answer.json().get(0).get("outcome").asText()).isEqualTo("CREATED");
		assertThat(answer.json().get(1).get("outcome").asText()).isEqualTo("REFUSED");
		assertThat(answer.json().get(1).get("errors").get("controlledCount").asText()).contains("three");
	}

	@Test
	void anOversizedBatchIsRefusedWholeAndStoresNothing() {
		long before = countOfOperation();
		var items = IntStream.range(0, FieldReports.MAX_BATCH + 1)
			.mapToObj(i -> "{\"idempotencyKey\":\"" + key() + "\",\"type\":\"CONTROL\",\"location\":\"FIHEL\","
					+ "\"controlledKind\":\"VEHICLES\",\"controlledCount\":1,\"result\":\"NOTHING_FOUND\"}")
			.collect(java.util.stream.Collectors.joining(",", "[", "]"));
		var answer = operation.api(OFFICER_FI).post(path("/reports/bulk"), items);
		assertThat(answer.status()).isEqualTo(413);
		assertThat(answer.json().get("detail").asText()).contains("at most 1000");
		assertThat(countOfOperation()).isEqualTo(before);
	}

	@Test
	void onlyTheOcuOpensAndClosesPhases() {
		assertThat(operation.api(LEADER).post(path("/phases/1/close"), "{}").status()).isEqualTo(403);
		assertThat(operation.api(OFFICER_FI).post(path("/phases/1/close"), "{}").status()).isEqualTo(403);
		assertThat(operation.api(OCU).post(path("/phases/2/close"), "{}").status()).isEqualTo(422);
		var closed = operation.api(OCU).post(path("/phases/1/close"), "{}");
		assertThat(closed.status()).as(closed.body()).isEqualTo(200);
		var status = operation.api(LEADER).get("/api/operations/" + operation.operationId).json().get("status").asText();
		assertThat(status).isEqualTo("REVIEW_BREAK");
		var opened = operation.api(OCU).post(path("/phases/2/open"), "{\"reason\":\"Profiles adjusted\"}");
		assertThat(opened.status()).as(opened.body()).isEqualTo(200);
		assertThat(operation.api(LEADER).get(path("/phases")).json()).hasSize(2);
	}

	@Test
	void riskProfilesAreVersionedPerPhaseAndEveryVersionIsKept() {
		var created = operation.api(OCU).post(path("/risk-profiles"), """
				{"name":"Ro-ro trailers from Tallinn","riskArea":"CIGARETTES","transportMode":"MARITIME_RORO",
				 "routeFrom":"EE","routeTo":"FI","commodityCodes":["2402 20"],"indicators":"Newly registered hauliers"}""");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().get("phase").asInt()).isEqualTo(1);
		var profile = created.json().get("profileId").asText();
		assertThat(operation.api(OFFICER_FI).put("/api/risk-profiles/" + profile, "{}").status()).isEqualTo(403);
		var unknown = operation.api(OCU).put("/api/risk-profiles/" + profile, "{\"name\":\"x\",\"riskArea\":\"NOPE\"}");
		assertThat(unknown.json().get("errors").get("riskArea")).isNotNull();

		assertThat(operation.api(OCU).post(path("/phases/1/close"), "{}").status()).isEqualTo(200);
		var atReview = operation.api(LEADER).put("/api/risk-profiles/" + profile, """
				{"name":"Ro-ro trailers from Tallinn and Muuga","riskArea":"CIGARETTES","transportMode":"MARITIME_RORO"}""");
		assertThat(atReview.status()).as(atReview.body()).isEqualTo(200);
		assertThat(atReview.json().get("version").asInt()).isEqualTo(2);
		assertThat(atReview.json().get("phase").asInt()).isEqualTo(2);
		var second = operation.api(OCU).post(path("/risk-profiles"),
				"{\"name\":\"Spirits\",\"riskArea\":\"ALCOHOL\"}").json().get("profileId").asText();
		assertThat(second).isNotBlank();

		assertThat(operation.api(OCU).post(path("/phases/2/open"), "{}").status()).isEqualTo(200);
		var versions = operation.api(OFFICER_FI).get(path("/risk-profiles")).json();
		assertThat(versions).hasSize(3);
		var told = events.all().stream()
			.filter(t -> t.event() instanceof RiskProfileVersioned versioned && versioned.profileId().toString().equals(profile))
			.map(t -> ((RiskProfileVersioned) t.event()).version())
			.toList();
		assertThat(told).containsExactly(1, 2);
		assertThat(events.all().stream().anyMatch(t -> t.event() instanceof PhaseOpened opened
				&& opened.operationId().toString().equals(operation.operationId) && opened.phase() == 2)).isTrue();
	}

	@Test
	void aProfileIsEditedThroughTheIdOfAnyOfItsVersionsAsTheListShowsIt() {
		var created = operation.api(OCU).post(path("/risk-profiles"), "{\"name\":\"Spirits\",\"riskArea\":\"ALCOHOL\"}");
		var profile = created.json().get("profileId").asText();
		var firstVersion = created.json().get("id").asText();
		assertThat(firstVersion).isNotEqualTo(profile);

		var second = operation.api(OCU).put("/api/risk-profiles/" + firstVersion,
				"{\"name\":\"Spirits in tankers\",\"riskArea\":\"ALCOHOL\"}");
		assertThat(second.status()).as(second.body()).isEqualTo(200);
		assertThat(second.json().get("profileId").asText()).isEqualTo(profile);
		assertThat(second.json().get("version").asInt()).isEqualTo(2);
		var third = operation.api(OCU).put("/api/risk-profiles/" + firstVersion,
				"{\"name\":\"Spirits in tankers and vans\",\"riskArea\":\"ALCOHOL\"}");
		assertThat(third.json().get("version").asInt()).isEqualTo(3);
		assertThat(operation.api(OFFICER_FI).put("/api/risk-profiles/" + firstVersion,
				"{\"name\":\"x\",\"riskArea\":\"ALCOHOL\"}").status()).isEqualTo(403);
		assertThat(operation.api(OCU).put("/api/risk-profiles/" + java.util.UUID.randomUUID(),
				"{\"name\":\"x\",\"riskArea\":\"ALCOHOL\"}").status()).isEqualTo(404);
	}

	@Test
	void theSameContainerInTwoReportsIsFlaggedToTheOcuWithBothReports() {
		var first = operation.seizure(OFFICER_FI, key(), ",\"identifiers\":[\"MSCU 123456-7\"]");
		var second = operation.seizure(OFFICER_DK, key(), ",\"location\":\"DKAAR\",\"identifiers\":[\"mscu1234567\"]");
		operation.seizure(OFFICER_DK, key(), ",\"location\":\"DKAAR\",\"identifiers\":[\"OTHER1\"]");
		var matches = operation.api(OCU).get(path("/report-matches"));
		assertThat(matches.status()).isEqualTo(200);
		assertThat(matches.json()).hasSize(1);
		assertThat(matches.json().get(0).get("value").asText()).isEqualTo("MSCU1234567");
		assertThat(matches.body()).contains(first, second);
		assertThat(operation.api(OFFICER_FI).get(path("/report-matches")).status()).isEqualTo(403);
	}

	@Test
	void theOcuSeesWhoHasNotReportedToday() {
		operation.seizure(OFFICER_FI, key(), "");
		var silent = operation.api(OCU).get(path("/not-reported"));
		assertThat(silent.status()).as(silent.body()).isEqualTo(200);
		assertThat(silent.body()).contains("DK-CUSTOMS", "DKAAR").doesNotContain("FI-CUSTOMS", "FIHEL");
		assertThat(operation.api(OFFICER_FI).get(path("/not-reported")).status()).isEqualTo(403);
	}

	private String path(String rest) {
		return "/api/operations/" + operation.operationId + rest;
	}

	private static String seizureJson() {
		return """
				{"type":"SEIZURE","location":"FIHEL","riskArea":"CIGARETTES","quantity":12000,"unit":"STICKS",
				 "summary":"Cigarettes in a trailer"}""";
	}

	private long countWithKey(String key) {
		return jdbc.sql("select count(*) from seizure_reports where idempotency_key = ?").param(key).query(Long.class)
			.single();
	}

	private long countOfOperation() {
		return jdbc.sql("select count(*) from seizure_reports where operation_id = ?")
			.param(UUID.fromString(operation.operationId)).query(Long.class).single();
	}
}
