package eu.jcohub.funding;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.support.Api;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.Plans;
import eu.jcohub.support.TestAccounts;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Funding through the API: the catalogue, an operation's eligibility beside the 100 % mechanism, its budget with
 * totals at cents, its applications, and bad input refused in words with nothing saved.
 */
@IntegrationTest
class FundingFlowTests {

	private static final AtomicInteger NAMES = new AtomicInteger();

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	String leader;
	String outsider;

	@BeforeEach
	void people() {
		leader = accounts.leaderDk();
		outsider = accounts.coordinatorPt();
	}

	@Test
	void theCatalogueHoldsTheReportsProgrammesAndTheirSuccessors() {
		var programmes = api(outsider).get("/api/funding/programmes").json();
		var codes = new java.util.ArrayList<String>();
		programmes.forEach(programme -> codes.add(programme.get("code").asString()));
		assertThat(codes).contains("REG-515-97", "HERCULE-II", "CUSTOMS-2013", "ISEC", "HERCULE-III", "CUSTOMS-2020",
				"ISF-POLICE");
		var isec = programmes.get(codes.indexOf("ISEC"));
		assertThat(isec.get("coveragePercent").decimalValue()).isEqualByComparingTo("80");
		assertThat(isec.get("validTo").asString()).isEqualTo("2013-12-31");
	}

	@Test
	void aBudgetAddsUpByCategoryAndPayerAtCents() {
		var id = operation();
		var saved = api(leader).put("/api/operations/" + id + "/budget", """
				{"lines":[{"category":"TRAVEL","payer":"FI-CUSTOMS","amount":"1200.10"},
				          {"category":"TRAVEL","payer":"DK-CUSTOMS","amount":"0.20"},
				          {"category":"VAT","payer":"CENTRAL","amount":"228.04"}]}""");
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);

		// Amounts travel as exact decimals at cents, never rounded through floating point.
		var budget = api(leader).get("/api/operations/" + id + "/budget").body();
		assertThat(budget).contains("\"total\":1428.34").contains("\"byCategory\":{\"TRAVEL\":1200.30,\"VAT\":228.04}")
			.contains("\"CENTRAL\":228.04");
		var eligibility = api(leader).get("/api/operations/" + id + "/funding/eligibility");
		assertThat(eligibility.json().get("bestProgramme").asString()).isEqualTo("REG-515-97");
		assertThat(eligibility.body()).contains("\"covered\":1200.30").contains("\"vat\":228.04");
		var full = api(leader).get("/api/operations/" + id + "/funding/eligibility?scenario=FULL_COVERAGE");
		assertThat(full.json().get("covered").decimalValue()).isEqualByComparingTo("1428.34");
		assertThat(api(outsider).get("/api/operations/" + id + "/budget").status()).isEqualTo(403);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			a negative amount          | {"lines":[{"category":"TRAVEL","payer":"CENTRAL","amount":"-5"}]}     | lines[0].amount   | An amount cannot be negative.
			an amount that is no number | {"lines":[{"category":"TRAVEL","payer":"CENTRAL","amount":"lots"}]}  | lines[0].amount   | Enter the amount as a number in euro, for example 1250.50.
			three decimals             | {"lines":[{"category":"TRAVEL","payer":"CENTRAL","amount":"5.125"}]}  | lines[0].amount   | Give at most two decimals: euro and cents.
			an unknown category        | {"lines":[{"category":"CATERING","payer":"CENTRAL","amount":"5"}]}    | lines[0].category | Choose a cost category from the list.
			an unknown payer           | {"lines":[{"category":"TRAVEL","payer":"XX-NOBODY","amount":"5"}]}    | lines[0].payer    | Choose who pays from the list: an administration taking part, or central.
			""")
	void aWrongBudgetLineIsNamedAndNothingIsSaved(String what, String body, String field, String message) {
		var id = operation();
		assertThat(api(leader).put("/api/operations/" + id + "/budget",
				"{\"lines\":[{\"category\":\"MEETINGS\",\"payer\":\"CENTRAL\",\"amount\":\"100\"}]}").status()).isEqualTo(200);

		var refused = api(leader).put("/api/operations/" + id + "/budget", body);

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("errors").get(field).asString()).isEqualTo(message);
		assertThat(api(leader).get("/api/operations/" + id + "/budget").body()).contains("\"total\":100.00");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			a grant larger than the request | {"programme":"REG-515-97","requested":"1000","submittedOn":"2025-01-10","decidedOn":"2025-05-10","granted":"1000.01","status":"GRANTED"} | granted     | The grant cannot be larger than the amount requested (€ 1,000.00).
			a decision before the submission | {"programme":"REG-515-97","requested":"1000","submittedOn":"2025-01-10","decidedOn":"2025-01-09","granted":"1000","status":"GRANTED"} | decidedOn  | The decision cannot come before the application was submitted (10 Jan 2025).
			a programme not in force         | {"programme":"HERCULE-II","requested":"1000"}                                                                                       | programme   | HERCULE II was in force from 1 Jan 2007 to 31 Dec 2013; this operation runs from 1 Mar 2071 to 10 Mar 2071, so it cannot apply to it.
			a negative request               | {"programme":"REG-515-97","requested":"-1"}                                                                                        | requested   | An amount cannot be negative.
			a request in fractions of cents  | {"programme":"REG-515-97","requested":"10.001"}                                                                                    | requested   | Give at most two decimals: euro and cents.
			a grant without a decision day   | {"programme":"REG-515-97","requested":"1000","submittedOn":"2025-01-10","granted":"800","status":"PARTLY_GRANTED"}                | decidedOn   | An application that is partly granted needs the day of the decision.
			an unknown status                | {"programme":"REG-515-97","requested":"1000","status":"LOST"}                                                                      | status      | Choose a status from the list.
			""")
	void aWrongApplicationIsNamedAndNothingIsSaved(String what, String body, String field, String message) {
		var id = operation("2071-03-01");

		var refused = api(leader).post("/api/operations/" + id + "/funding/applications", body);

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("errors").get(field).asString()).isEqualTo(message);
		assertThat(api(leader).get("/api/operations/" + id + "/funding/applications").json()).isEmpty();
	}

	@Test
	void anApplicationIsSubmittedThenGrantedAndTheChangeIsCheckedWhole() {
		var id = operation();
		var created = api(leader).post("/api/operations/" + id + "/funding/applications",
				"{\"programme\":\"REG-515-97\",\"requested\":\"5000\",\"submittedOn\":\"2025-02-01\"}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().get("status").asString()).isEqualTo("SUBMITTED");
		var application = created.json().get("id").asString();

		var tooEarly = api(leader).send("PATCH", "/api/funding/applications/" + application,
				"{\"status\":\"GRANTED\",\"decidedOn\":\"2025-01-15\",\"granted\":\"5000\"}");
		assertThat(tooEarly.status()).isEqualTo(422);
		assertThat(api(leader).get("/api/operations/" + id + "/funding/applications").json().get(0).get("status")
			.asString()).isEqualTo("SUBMITTED");

		var granted = api(leader).send("PATCH", "/api/funding/applications/" + application,
				"{\"status\":\"PARTLY_GRANTED\",\"decidedOn\":\"2025-06-01\",\"granted\":\"4000\"}");
		assertThat(granted.status()).as(granted.body()).isEqualTo(200);
		assertThat(granted.body()).contains("\"granted\":4000.00");
		assertThat(api(outsider).send("PATCH", "/api/funding/applications/" + application, "{\"documents\":\"x\"}").status())
			.isEqualTo(403);
	}

	private String operation() {
		return operation("2071-0" + (1 + NAMES.incrementAndGet() % 9) + "-01");
	}

	private String operation(String day) {
		var start = LocalDate.parse(day);
		var created = api(leader).post("/api/operations", Plans.json("FUND-" + NAMES.incrementAndGet() + "-" + System.nanoTime(),
				"DK-CUSTOMS", "DK", List.of("FI"), List.of("CIGARETTES"), List.of("ROAD"), start, start.plusDays(9)));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private Api api(String username) {
		return Api.as(port, username);
	}
}
