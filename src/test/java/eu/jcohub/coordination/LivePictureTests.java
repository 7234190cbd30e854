package eu.jcohub.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.access.OperationRole;
import eu.jcohub.access.OperationRoles;
import eu.jcohub.access.Role;
import eu.jcohub.seizures.ReportType;
import eu.jcohub.seizures.ReportValidated;
import eu.jcohub.shared.OperationId;
import eu.jcohub.support.Api;
import eu.jcohub.support.FormSession;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.Plans;
import eu.jcohub.support.TestAccounts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The live picture adds up validated reports as they are announced: its figures equal a recount of the reports,
 * a report announced twice counts once, and only those taking part, the organiser and the operation's role holders
 * see it.
 */
@IntegrationTest
class LivePictureTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	OperationRoles roles;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	private OperationId operation;
	private ValidatedReports reports;

	@BeforeEach
	void runningOperationWithFinland() {
		accounts.ensure("t.co.leader.dk", "DK-CUSTOMS", Role.OPERATION_LEADER);
		accounts.ensure("t.co.officer.fi", "FI-CUSTOMS", Role.FIELD_OFFICER);
		accounts.ensure("t.co.coordinator.pt", "PT-CUSTOMS", Role.NATIONAL_COORDINATOR);
		accounts.ensure("t.co.ocu", "OLAF", Role.OCU_OPERATOR);
		accounts.ensure("t.co.analyst.nl", "NL-CUSTOMS", Role.ANALYST);
		var created = Api.as(port, "t.co.leader.dk").post("/api/operations", Plans.json("CO-" + System.nanoTime(),
				"DK-CUSTOMS", "DK", List.of("FI", "DE"), List.of("CIGARETTES", "ALCOHOL"), List.of("ROAD", "MARITIME_RORO"),
				TODAY.minusDays(6), TODAY.plusDays(5)));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		operation = new OperationId(UUID.fromString(created.json().get("id").asText()));
		roles.assign(operation, "t.co.ocu", OperationRole.OCU_OPERATOR);
		reports = new ValidatedReports(events, transactions);
	}

	@Test
	void theFiguresEqualARecountOfTheValidatedReports() {
		var random = new Random(20261130);
		var profiles = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
		var administrations = List.of("FI-CUSTOMS", "DE-CUSTOMS", "DK-CUSTOMS");
		var locations = List.of("FIHEL", "DEKEL", "DKAAR", "DERSK");
		var areas = List.of("CIGARETTES", "ALCOHOL");
		var modes = List.of("ROAD", "MARITIME_RORO");
		var units = List.of("KG", "STICKS", "L");
		var sent = new ArrayList<ReportValidated>();
		for (int i = 0; i < 240; i++) {
			var day = TODAY.minusDays(random.nextInt(6));
			int phase = random.nextInt(4) == 0 ? 2 : 1;
			var profile = random.nextInt(3) == 0 ? null : profiles.get(random.nextInt(profiles.size()));
			var administration = administrations.get(random.nextInt(administrations.size()));
			var location = locations.get(random.nextInt(locations.size()));
			var area = areas.get(random.nextInt(areas.size()));
			var mode = modes.get(random.nextInt(modes.size()));
			sent.add(random.nextInt(3) == 0
					? ValidatedReports.seizure(operation, phase, day, administration, location, mode, area, profile,
							String.valueOf(1 + random.nextInt(500)) + ".5", units.get(random.nextInt(units.size())),
							String.valueOf(100 + random.nextInt(9000)))
					: ValidatedReports.control(operation, phase, day, administration, location, mode, area, profile,
							1 + random.nextInt(40), random.nextInt(10) == 0));
		}
		for (int from = 0; from < sent.size(); from += 40) {
			reports.publish(sent.subList(from, from + 40));
		}

		var figures = figuresOnce(sent.size());
		assertThat(figures.get("reports").asLong()).isEqualTo(sent.size());
		assertThat(figures.get("total").get("controls").asLong()).isEqualTo(count(sent, ReportType.CONTROL));
		assertThat(figures.get("total").get("seizures").asLong()).isEqualTo(count(sent, ReportType.SEIZURE));
		assertThat(figures.get("total").get("controlled").asLong())
			.isEqualTo(sent.stream().mapToLong(ReportValidated::controlledCount).sum());
		assertThat(lines(figures.get("perDay"))).isEqualTo(recount(sent, r -> r.occurredAt().atZone(ZoneOffset.UTC)
			.toLocalDate().toString()));
		assertThat(lines(figures.get("perAdministration"))).isEqualTo(recount(sent, ReportValidated::administration));
		assertThat(lines(figures.get("perLocation"))).isEqualTo(recount(sent, ReportValidated::locationCode));
		assertThat(lines(figures.get("perRiskArea"))).isEqualTo(recount(sent, ReportValidated::riskArea));
		assertThat(lines(figures.get("perTransportMode"))).isEqualTo(recount(sent, ReportValidated::transportMode));
		assertThat(lines(figures.get("perPhase"))).isEqualTo(recount(sent, r -> String.valueOf(r.phase())));

		var profileLines = new HashMap<String, String>();
		figures.get("perProfile").forEach(line -> profileLines.put(line.get("profileId").asText(),
				line.get("controls").asLong() + "/" + line.get("seizures").asLong() + "="
						+ (line.get("hitRate").isNull() ? "-" : line.get("hitRate").decimalValue().stripTrailingZeros().toPlainString())));
		var expectedProfiles = new HashMap<String, String>();
		recount(sent.stream().filter(r -> r.profileId() != null).toList(), r -> String.valueOf(r.profileId()))
			.forEach((profile, figuresOf) -> {
				long controls = figuresOf.get(0);
				long seizures = figuresOf.get(1);
				expectedProfiles.put(profile, controls + "/" + seizures + "=" + (controls == 0 ? "-"
						: BigDecimal.valueOf(seizures).divide(BigDecimal.valueOf(controls), 3,
								java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()));
			});
		assertThat(profileLines).isEqualTo(expectedProfiles);

		var quantities = new HashMap<String, BigDecimal>();
		figures.get("quantities").forEach(line -> quantities.put(line.get("unit").asText(),
				line.get("quantity").decimalValue().stripTrailingZeros()));
		var expectedQuantities = new HashMap<String, BigDecimal>();
		sent.stream().filter(r -> r.type() == ReportType.SEIZURE)
			.forEach(r -> expectedQuantities.merge(r.unit(), r.quantity(), BigDecimal::add));
		expectedQuantities.replaceAll((unit, quantity) -> quantity.stripTrailingZeros());
		assertThat(quantities).isEqualTo(expectedQuantities);
	}

	@Test
	void aReportAnnouncedTwiceCountsOnce() {
		var seizure = ValidatedReports.seizure(operation, 1, TODAY, "FI-CUSTOMS", "FIHEL", "MARITIME_RORO", "CIGARETTES",
				null, "200", "STICKS", "80");
		reports.publish(seizure);
		reports.publish(seizure);
		reports.publish(List.of(seizure, ValidatedReports.control(operation, 1, TODAY, "FI-CUSTOMS", "FIHEL",
				"MARITIME_RORO", "CIGARETTES", null, 3, false)));

		var figures = figuresOnce(2);
		assertThat(figures.get("total").get("seizures").asLong()).isEqualTo(1);
		assertThat(figures.get("total").get("controls").asLong()).isEqualTo(1);
		assertThat(figures.get("quantities").get(0).get("quantity").decimalValue()).isEqualByComparingTo("200");
	}

	@Test
	void onlyThoseTakingPartTheOrganiserAndRoleHoldersSeeThePicture() {
		var statistics = "/api/operations/" + operation.value() + "/statistics";
		var feed = "/api/operations/" + operation.value() + "/feed?seconds=1";
		for (var user : List.of("t.co.leader.dk", "t.co.officer.fi", "t.co.ocu")) {
			assertThat(Api.as(port, user).get(statistics).status()).as(user).isEqualTo(200);
			assertThat(Api.as(port, user).get(feed).status()).as(user).isEqualTo(200);
			assertThat(FormSession.signedIn(port, user).get("/operations/" + operation.value() + "/picture").statusCode())
				.as(user).isEqualTo(200);
		}
		var outsider = Api.as(port, "t.co.coordinator.pt");
		assertThat(outsider.get(statistics).status()).isEqualTo(403);
		assertThat(outsider.get(feed).status()).isEqualTo(403);
		assertThat(Api.as(port, "t.co.analyst.nl").get(statistics).status()).as("an analyst without a role on it")
			.isEqualTo(403);
		assertThat(FormSession.signedIn(port, "t.co.coordinator.pt").get("/operations/" + operation.value() + "/picture")
			.statusCode()).isEqualTo(403);
	}

	private JsonNode figuresOnce(int reportsExpected) {
		var api = Api.as(port, "t.co.leader.dk");
		long deadline = System.currentTimeMillis() + 10_000;
		JsonNode figures;
		do {
			var response = api.get("/api/operations/" + operation.value() + "/statistics");
			assertThat(response.status()).as(response.body()).isEqualTo(200);
			figures = response.json();
			if (figures.get("reports").asLong() >= reportsExpected) {
				break;
			}
			sleep();
		}
		while (System.currentTimeMillis() < deadline);
		return figures;
	}

	private static long count(List<ReportValidated> sent, ReportType type) {
		return sent.stream().filter(r -> r.type() == type).count();
	}

	/** code → [controls, seizures, controlled]. */
	private static Map<String, List<Long>> lines(JsonNode lines) {
		var result = new HashMap<String, List<Long>>();
		lines.forEach(line -> result.put(line.get("code").asText(), List.of(line.get("controls").asLong(),
				line.get("seizures").asLong(), line.get("controlled").asLong())));
		return result;
	}

	private static Map<String, List<Long>> recount(List<ReportValidated> sent, Function<ReportValidated, String> key) {
		var counted = new HashMap<String, long[]>();
		for (var report : sent) {
			var figures = counted.computeIfAbsent(key.apply(report), k -> new long[3]);
			figures[report.type() == ReportType.CONTROL ? 0 : 1]++;
			figures[2] += report.controlledCount();
		}
		var result = new HashMap<String, List<Long>>();
		counted.forEach((k, f) -> result.put(k, List.of(f[0], f[1], f[2])));
		return result;
	}

	private static void sleep() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
