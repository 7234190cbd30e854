package eu.jcohub.followup.debriefing;

import static eu.jcohub.support.matrix.MatrixScenario.LEADER;

import eu.jcohub.access.OperationRole;
import eu.jcohub.access.OperationRoles;
import eu.jcohub.followup.internal.ReportFigureStore;
import eu.jcohub.operations.Competence;
import eu.jcohub.operations.OperationPlan;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationType;
import eu.jcohub.operations.Phase;
import eu.jcohub.operations.PolicyDomain;
import eu.jcohub.planning.ObjectiveDraft;
import eu.jcohub.planning.Objectives;
import eu.jcohub.seizures.ReportType;
import eu.jcohub.seizures.ReportValidated;
import eu.jcohub.shared.OperationId;
import eu.jcohub.support.matrix.IsolationPart;
import eu.jcohub.support.matrix.IsolationScenario;
import eu.jcohub.support.matrix.MatrixPart;
import eu.jcohub.support.matrix.MatrixRequest;
import eu.jcohub.support.matrix.MatrixScenario;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Matrix: operation DEBRIEF, Danish with Finland and Frontex as a named partner, run forty days ago, with the leader in its
 * leader role, an objective assessed by hand and a validated report in follow-up's figures. Isolation: B's
 * threat-assessment analysis, written by B's leader, holding a secret.
 */
class DebriefingMatrixPart implements MatrixPart, IsolationPart {

	@Override
	public int order() {
		return 60;
	}

	@Override
	public void prepare(MatrixScenario scenario) {
		var register = scenario.bean(OperationRegister.class);
		var today = LocalDate.now();
		var plan = new OperationPlan("M-D", OperationType.JCO_REGIONAL, "DK-CUSTOMS", "DK", Set.of("FI"),
				Set.of("FRONTEX"), Competence.EXCLUSIVE_EU, PolicyDomain.CUSTOMS, "ocu@example.eu", null,
				Set.of("CIGARETTES"), Set.of("ROAD"), Set.of(), List.of(new Phase(today.minusDays(40), today.minusDays(30))),
				"Matrix objectives");
		var d = scenario.as(LEADER, () -> register.table(plan).id());
		scenario.bean(OperationRoles.class).assign(d, LEADER, OperationRole.LEADER);
		scenario.as(LEADER, () -> scenario.bean(Objectives.class).replace(d, List.of(
				new ObjectiveDraft("Share intelligence with the partners", "ASSESSED_MANUALLY", null, null, null))));
		var report = UUID.randomUUID();
		scenario.bean(ReportFigureStore.class).upsert(new ReportValidated(report, d, 1, ReportType.SEIZURE,
				Instant.now().minusSeconds(35 * 86_400L), "DK-CUSTOMS", "DKAAR", "ROAD", "CIGARETTES", null, null,
				new BigDecimal("12000"), "sticks", new BigDecimal("3000"), new BigDecimal("1500"), 0, true, Instant.now()));
		scenario.name("DEBRIEF", d.value());
		scenario.name("DEBRIEF.report", report);
	}

	@Override
	public Optional<MatrixRequest> request(String method, String pattern, MatrixScenario scenario,
			@Nullable String caller) {
		var onD = pattern.replace("{id}", scenario.id("DEBRIEF"));
		int n = scenario.next();
		return Optional.ofNullable(switch (method + " " + pattern) {
			case "GET /api/operations/{id}/objectives/evaluation", "GET /api/operations/{id}/threat-assessment-draft",
					"GET /api/operations/{id}/threat-assessment-draft.pdf",
					"GET /api/operations/{id}/threat-assessment-draft.docx", "GET /api/operations/{id}/case-studies",
					"GET /api/operations/{id}/debriefing-pack.pdf", "GET /api/operations/{id}/debriefing-pack.docx",
					"GET /operations/{id}/debriefing", "GET /operations/{id}/threat-assessment" -> MatrixRequest.get(onD);
			case "POST /api/operations/{id}/objectives/assessments" -> MatrixRequest.json(onD,
					"{\"objective\":0,\"verdict\":\"PARTLY_MET\",\"text\":\"Assessment " + n + "\"}");
			case "POST /operations/{id}/debriefing/assessments" -> MatrixRequest.form(onD,
					"objective=0&verdict=MET&text=Assessment+" + n);
			case "PUT /api/operations/{id}/threat-assessment-draft/analysis" -> MatrixRequest.json(onD,
					"{\"analysis\":\"Analysis " + n + "\"}");
			case "POST /operations/{id}/threat-assessment/analysis" -> MatrixRequest.form(onD, "analysis=Analysis+" + n);
			// DEBRIEF has no pattern to suggest: an allowed caller is told so (422), the others are refused first.
			case "PUT /api/operations/{id}/threat-assessment-draft/suggestions/{key}" -> MatrixRequest.json(
					onD.replace("{key}", "UNCOVERED_ROUTE:CN-DK"), "{\"name\":\"Route\",\"riskArea\":\"CIGARETTES\"}");
			case "DELETE /api/operations/{id}/threat-assessment-draft/suggestions/{key}" -> new MatrixRequest(
					onD.replace("{key}", "UNCOVERED_ROUTE:CN-DK"), null, null);
			case "POST /operations/{id}/threat-assessment/suggestions" -> MatrixRequest.form(onD,
					"key=UNCOVERED_ROUTE:CN-DK&action=dismiss");
			case "POST /api/operations/{id}/threat-assessment-draft/copy" -> MatrixRequest.json(onD,
					"{\"to\":\"" + scenario.id("DEBRIEF") + "\",\"keys\":[\"UNCOVERED_ROUTE:CN-DK\"]}");
			case "POST /operations/{id}/threat-assessment/copy" -> MatrixRequest.form(onD,
					"to=" + scenario.id("DEBRIEF") + "&keys=UNCOVERED_ROUTE:CN-DK");
			case "POST /api/operations/{id}/case-studies" -> MatrixRequest.json(onD,
					"{\"reportId\":\"" + scenario.id("DEBRIEF.report") + "\",\"note\":\"Case " + n + "\"}");
			case "POST /operations/{id}/debriefing/case-studies" -> MatrixRequest.form(onD,
					"reportId=" + scenario.id("DEBRIEF.report") + "&note=Case+" + n);
			case "DELETE /api/operations/{id}/case-studies/{reportId}" -> new MatrixRequest(
					onD.replace("{reportId}", scenario.id("DEBRIEF.report")), null, null);
			case "POST /operations/{id}/debriefing/case-studies/{reportId}/remove" -> MatrixRequest.form(
					onD.replace("{reportId}", scenario.id("DEBRIEF.report")), "");
			default -> null;
		});
	}

	@Override
	public void prepare(IsolationScenario scenario) {
		// Written straight to the store: B's leader differs between the scenarios that use the isolation parts.
		var b = OperationId.of(UUID.fromString(scenario.id("B")));
		scenario.bean(ThreatAssessmentStore.class).saveNote(b, "ISO-TA-ANALYSIS-SECRET", "t.iso.leader.de", Instant.now());
		scenario.secret("ISO-TA-ANALYSIS-SECRET");
	}

	/** B's paths are its id: the default substitution reads them, and case studies have none to name. */
	@Override
	public Optional<String> path(String pattern, IsolationScenario scenario) {
		return Optional.empty();
	}
}
