package eu.jcohub.demo;

import eu.jcohub.access.HandlingCode;
import eu.jcohub.access.OperationRole;
import eu.jcohub.access.OperationRoles;
import eu.jcohub.followup.ActionDraft;
import eu.jcohub.followup.RecommendationDraft;
import eu.jcohub.followup.Recommendations;
import eu.jcohub.followup.cases.CaseDraft;
import eu.jcohub.followup.cases.Cases;
import eu.jcohub.followup.cases.EventDraft;
import eu.jcohub.followup.debriefing.AssessmentDraft;
import eu.jcohub.followup.debriefing.CaseStudies;
import eu.jcohub.followup.debriefing.ObjectiveEvaluations;
import eu.jcohub.operations.Competence;
import eu.jcohub.operations.OperationPlan;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationType;
import eu.jcohub.operations.Phase;
import eu.jcohub.operations.PolicyDomain;
import eu.jcohub.seizures.FieldReports;
import eu.jcohub.seizures.SeizureDraft;
import eu.jcohub.seizures.SeizureReports;
import eu.jcohub.seizures.Subject;
import eu.jcohub.shared.OperationId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A completed Danish operation whose results kept growing: seizures validated by the OCU, three investigation
 * cases opened from them (a German police case, a Danish customs case, a Finnish administrative one closed with
 * its penalty and recovered duties), then its debriefing, and months later a conviction in the Danish case, so
 * that its results page shows what was added since the debriefing. All persons are fictional.
 */
@Component
class DemoCases {

	static final String COMPLETED = "BALTIC ANCHOR";

	private final OperationRegister register;
	private final OperationRoles roles;
	private final SeizureReports seizures;
	private final FieldReports fieldReports;
	private final Cases cases;
	private final Recommendations recommendations;
	private final CaseStudies caseStudies;
	private final ObjectiveEvaluations evaluations;
	private final DemoLifecycle lifecycle;
	private final DemoUsers users;
	private final TransactionTemplate transaction;

	DemoCases(OperationRegister register, OperationRoles roles, SeizureReports seizures, FieldReports fieldReports,
			Cases cases, Recommendations recommendations, CaseStudies caseStudies, ObjectiveEvaluations evaluations,
			DemoLifecycle lifecycle, DemoUsers users, TransactionTemplate transaction) {
		this.caseStudies = caseStudies;
		this.evaluations = evaluations;
		this.recommendations = recommendations;
		this.register = register;
		this.roles = roles;
		this.seizures = seizures;
		this.fieldReports = fieldReports;
		this.cases = cases;
		this.lifecycle = lifecycle;
		this.users = users;
		this.transaction = transaction;
	}

	/**
	 * In one transaction, like the rest of the demonstration data: follow-up keeps its projection of each validation
	 * in the transaction that validates, so the cases can be opened from the reports at once.
	 */
	void load(LocalDate today) {
		var start = today.minusDays(200);
		var plan = new OperationPlan(COMPLETED, OperationType.JCO_REGIONAL, "DK-CUSTOMS", "DK", Set.of("FI", "DE"),
				Set.of(), Competence.EXCLUSIVE_EU, PolicyDomain.FINANCIAL_INTERESTS,
				"Mette Jensen, DK Customs, +45 00 00 00 00 (fictional)", null, Set.of("CIGARETTES", "ALCOHOL"),
				Set.of("MARITIME_RORO", "ROAD"), Set.of("DKCPH", "FIHEL", "DEKEL"),
				List.of(new Phase(start, start.plusDays(13))),
				"Cigarettes and spirits on the ferry lines of the western Baltic; results followed after the operation.");
		transaction.executeWithoutResult(status -> casesAndAfter(validatedReports(plan, start), plan, start, today));
	}

	private Reports validatedReports(OperationPlan plan, LocalDate start) {
		var operation = users.as(DemoAccounts.LEADER_DK, () -> register.table(plan, start.minusDays(180)));
		roles.assign(operation.id(), DemoAccounts.LEADER_DK, OperationRole.LEADER);
		roles.assign(operation.id(), DemoAccounts.OCU, OperationRole.OCU_OPERATOR);
		var danish = report(DemoAccounts.LEADER_DK, operation.id(), new SeizureDraft(start.plusDays(2), "DKCPH", null,
				"CIGARETTES", "600,000 cigarettes behind a load of furniture on a lorry from Rostock", new BigDecimal("600000"),
				"pieces", new BigDecimal("138000"), HandlingCode.PARTICIPANTS, Set.of(),
				new Subject("Henrik Demo-Driver", LocalDate.of(1976, 5, 14), "DK-DEMO-4410", "Demo Freight ApS",
						"DK-DEMO-30xxxx")));
		var german = report("coordinator.de", operation.id(), new SeizureDraft(start.plusDays(4), "DEKEL", null,
				"CIGARETTES", "1.1 million cigarettes in a trailer declared as empty packaging", new BigDecimal("1100000"),
				"pieces", new BigDecimal("253000"), HandlingCode.PARTICIPANTS, Set.of(),
				new Subject("Uwe Demo-Sample", LocalDate.of(1968, 9, 3), "DE-DEMO-7812", null, null)));
		var finnish = report("coordinator.fi", operation.id(), new SeizureDraft(start.plusDays(6), "FIHEL", null,
				"ALCOHOL", "900 litres of undeclared spirits in a van", new BigDecimal("900"), "litres",
				new BigDecimal("17900"), HandlingCode.PARTICIPANTS, Set.of(),
				new Subject(null, null, null, "Demo Trading Oy", "FI-DEMO-2211")));
		users.as(DemoAccounts.OCU, () -> List.of(danish, german, finnish).stream().map(fieldReports::validate).toList());
		return new Reports(operation.id(), danish, german, finnish, operation);
	}

	private UUID report(String user, OperationId operation, SeizureDraft draft) {
		return users.as(user, () -> seizures.report(operation, draft).id());
	}

	private void casesAndAfter(Reports reports, OperationPlan plan, LocalDate start, LocalDate today) {
		var german = users.as("coordinator.de", () -> cases.open(reports.german(), new CaseDraft("CRIMINAL", "DE-POLICE",
				"Federal Criminal Police Office, tobacco smuggling unit", day(start.plusDays(6)),
				"Handed over to the police: the trailer belongs to a network known from earlier seizures.")));
		event("police.de", german.id(), "SUSPECTS_CHARGED", start.plusDays(40), null, null, 2,
				"Uwe Demo-Sample, Karl Demo-Example", "Driver and organiser charged with tobacco tax evasion.");
		event("police.de", german.id(), "ASSETS_SEIZED", start.plusDays(45), "45000.00", null, 0, null,
				"Two lorries and cash seized.");
		var danish = users.as(DemoAccounts.LEADER_DK, () -> cases.open(reports.danish(), new CaseDraft("CRIMINAL",
				"DK-CUSTOMS", "Customs investigation unit, Copenhagen", day(start.plusDays(3)), null)));
		event(DemoAccounts.LEADER_DK, danish.id(), "SUSPECTS_CHARGED", start.plusDays(30), null, null, 1,
				"Henrik Demo-Driver", "Charged with smuggling excise goods.");
		var finnish = users.as("coordinator.fi", () -> cases.open(reports.finnish(), new CaseDraft("ADMINISTRATIVE",
				"FI-CUSTOMS", "Enforcement department", day(start.plusDays(7)), null)));
		event("coordinator.fi", finnish.id(), "PENALTY_IMPOSED", start.plusDays(35), "8500.00", null, 0, null,
				"Administrative fine on the company.");
		event("coordinator.fi", finnish.id(), "DUTIES_RECOVERED", start.plusDays(50), "17900.00", null, 0, null,
				"Excise duty and VAT paid in full.");
		event("coordinator.fi", finnish.id(), "CLOSED", start.plusDays(52), null, null, 0, null, null);
		// The debriefing snapshots the results as they stand now; the operation is then followed up and closed.
		lifecycle.tell(List.of(new DemoLifecycle.Tabled(new DemoOperation(plan, DemoAccounts.LEADER_DK,
				Map.of(DemoAccounts.LEADER_DK, OperationRole.LEADER)), reports.view())));
		recommendations(reports.operation(), today);
		// The objectives measured by hand are assessed at the debriefing, with what the assessment rests on.
		users.as(DemoAccounts.LEADER_DK, () -> evaluations.of(reports.operation()).stream().filter(e -> !e.measured())
			.map(e -> evaluations.assess(reports.operation(), new AssessmentDraft(e.index(), "PARTLY_MET",
					"The OCU relayed every seizure within the hour; the Finnish customs joined the OCU's channel only "
							+ "in the second week.")))
			.toList());
		users.as(DemoAccounts.LEADER_DK, () -> caseStudies.pick(reports.operation(), reports.danish(), "How 600,000 "
				+ "cigarettes behind furniture on a lorry from Rostock were found without a risk profile."));
		// Months after the debriefing, the Danish court convicts: today's results grow, the debriefing's stay.
		event(DemoAccounts.LEADER_DK, danish.id(), "COURT_DECISION", today.minusDays(20), null, Boolean.TRUE, 1,
				"Henrik Demo-Driver", "Copenhagen City Court: eight months' imprisonment, suspended.");
		event(DemoAccounts.LEADER_DK, danish.id(), "PENALTY_IMPOSED", today.minusDays(20), "60000.00", null, 0, null,
				"Fine for the evaded excise duty.");
	}

	/** The debriefing's recommendations, recorded by the secretariat as coming from the operation. */
	private void recommendations(OperationId operation, LocalDate today) {
		var source = "Debriefing of " + COMPLETED;
		users.as(DemoAccounts.SECRETARIAT, () -> {
			var profiles = recommendations.record(new RecommendationDraft("1", source, "Share the ferry operators' "
					+ "freight lists with the OCU before each phase, so that the risk profiles can target the western "
					+ "Baltic crossings.", "DK-CUSTOMS", operation.toString()));
			recommendations.addAction(profiles.id(), new ActionDraft("Agree the exchange of freight lists with the "
					+ "ferry operators", "DK-CUSTOMS", today.minusDays(30).toString()));
			var handOver = recommendations.record(new RecommendationDraft("2", source, "Hand infringements that customs "
					+ "cannot investigate over to the police within a week, and record the case in JCO Hub so that its "
					+ "outcome counts in the operation's results.", "DE-CUSTOMS", operation.toString()));
			recommendations.addAction(handOver.id(), new ActionDraft("Agree a hand-over procedure with the police",
					"DE-POLICE", today.plusDays(60).toString()));
			var objectives = recommendations.record(new RecommendationDraft("3", source, "Set measurable objectives "
					+ "at planning and evaluate each of them at the debriefing.", "CCWP", operation.toString()));
			return recommendations.addAction(objectives.id(), new ActionDraft("Add measurable objectives to the "
					+ "planning template", "CCWP", today.plusDays(90).toString()));
		});
	}

	private void event(String user, UUID caseId, String type, LocalDate on, @Nullable String amount,
			@Nullable Boolean convicted, int persons, @Nullable String names, @Nullable String note) {
		// Recorded on the day it happened, as the case's history would have been: not all on the day the demo loads.
		users.as(user, () -> cases.record(caseId, new EventDraft(type, day(on), amount == null ? null : new BigDecimal(amount),
				convicted, names, persons, note), on.atTime(10, 0).toInstant(ZoneOffset.UTC)));
	}

	private static String day(LocalDate day) {
		return day.toString();
	}

	private record Reports(OperationId operation, UUID danish, UUID german, UUID finnish,
			eu.jcohub.operations.OperationView view) {

		List<UUID> reports() {
			return List.of(danish, german, finnish);
		}
	}
}
