package eu.jcohub.followup.cases;

import static eu.jcohub.support.matrix.MatrixScenario.SECRET;

import eu.jcohub.followup.internal.ReportFigureStore;
import eu.jcohub.seizures.ReportType;
import eu.jcohub.seizures.ReportValidated;
import eu.jcohub.shared.OperationId;
import eu.jcohub.support.TestAccounts;
import eu.jcohub.support.matrix.IsolationPart;
import eu.jcohub.support.matrix.IsolationScenario;
import eu.jcohub.support.matrix.MatrixPart;
import eu.jcohub.support.matrix.MatrixRequest;
import eu.jcohub.support.matrix.MatrixScenario;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Matrix: a validated report of the Finnish customs on coordination's operation C (led by the matrix's leader), and
 * case CASE opened from it by the Finnish participant, investigated by the Finnish police, the secret in its unit;
 * results are read on P. Isolation: a case of B's German customs with secrets
 * in its unit and in its persons, and B's results.
 */
class CasesMatrixPart implements MatrixPart, IsolationPart {

	private static final String PARTICIPANT = "m.participant";

	@Override
	public int order() {
		return 60;
	}

	@Override
	public void prepare(MatrixScenario scenario) {
		// On coordination's operation C, which the matrix's leader leads (P has no leader of the matrix).
		var c = OperationId.of(UUID.fromString(scenario.id("C")));
		var report = validated(scenario.bean(ReportFigureStore.class), c, "FI-CUSTOMS");
		scenario.name("CASE-REPORT", report);
		var cases = scenario.bean(Cases.class);
		scenario.name("CASE", scenario.as(PARTICIPANT, () -> cases.open(report, new CaseDraft("CRIMINAL", "FI-POLICE",
				"Unit " + SECRET, "2026-03-10", null)).id()));
	}

	@Override
	public Optional<MatrixRequest> request(String method, String pattern, MatrixScenario scenario,
			@Nullable String caller) {
		int n = scenario.next();
		var onC = pattern.replace("{id}", scenario.id("CASE"));
		var onRC = pattern.replace("{id}", scenario.id("CASE-REPORT"));
		return Optional.ofNullable(switch (method + " " + pattern) {
			case "GET /api/cases/{id}", "GET /cases/{id}" -> MatrixRequest.get(onC);
			case "POST /api/cases/{id}/events" -> MatrixRequest.json(onC,
					"{\"type\":\"DUTIES_RECOVERED\",\"on\":\"2026-04-01\",\"amountEur\":" + n + ".50}");
			case "POST /cases/{id}/events" -> MatrixRequest.form(onC,
					"type=DUTIES_RECOVERED&on=2026-04-01&amountEur=" + n + ".50");
			case "GET /reports/{id}/cases/new" -> MatrixRequest.get(onRC);
			case "POST /api/reports/{id}/cases" -> MatrixRequest.json(onRC,
					"{\"kind\":\"ADMINISTRATIVE\",\"owner\":\"FI-CUSTOMS\",\"openedOn\":\"2026-03-11\"}");
			case "POST /reports/{id}/cases" -> MatrixRequest.form(onRC, "kind=ADMINISTRATIVE&owner=FI-CUSTOMS&openedOn=2026-03-11");
			case "GET /api/operations/{id}/results", "GET /operations/{id}/results" ->
				MatrixRequest.get(pattern.replace("{id}", scenario.id("P")));
			default -> null;
		});
	}

	@Override
	public void prepare(IsolationScenario scenario) {
		var b = OperationId.of(UUID.fromString(scenario.id("B")));
		var report = validated(scenario.bean(ReportFigureStore.class), b, "DE-CUSTOMS");
		var accounts = scenario.bean(TestAccounts.class);
		var cases = scenario.bean(Cases.class);
		var leader = accounts.ensure("t.iso.leader.de", "DE-CUSTOMS", eu.jcohub.access.Role.OPERATION_LEADER);
		var opened = accounts.as(leader, () -> cases.open(report, new CaseDraft("CRIMINAL", "DE-CUSTOMS",
				"ISO-CASE-SECRET", "2026-03-10", "ISO-CASE-NOTE-SECRET")));
		accounts.as(leader, () -> cases.record(opened.id(), new eu.jcohub.followup.cases.EventDraft("SUSPECTS_CHARGED",
				"2026-03-20", null, null, "ISO-CASE-PERSON-SECRET", 1, null)));
		scenario.name("B.case", opened.id().toString());
		scenario.secret("ISO-CASE-SECRET");
		scenario.secret("ISO-CASE-NOTE-SECRET");
		scenario.secret("ISO-CASE-PERSON-SECRET");
	}

	@Override
	public Optional<String> path(String pattern, IsolationScenario scenario) {
		if (pattern.startsWith("/api/cases/") || pattern.startsWith("/cases/")) {
			return Optional.of(pattern.replace("{id}", scenario.id("B.case")));
		}
		if (pattern.endsWith("/{id}/results")) {
			return Optional.of(pattern.replace("{id}", scenario.id("B")));
		}
		return Optional.empty();
	}

	private static UUID validated(ReportFigureStore figures, OperationId operation, String administration) {
		var report = UUID.randomUUID();
		figures.upsert(new ReportValidated(report, operation, 1, ReportType.SEIZURE, Instant.parse("2026-03-02T09:00:00Z"),
				administration, null, "ROAD", "CIGARETTES", null, null, new BigDecimal("1000"), "pieces",
				new BigDecimal("500.00"), new BigDecimal("50.00"), 0, true, Instant.now()));
		return report;
	}
}
