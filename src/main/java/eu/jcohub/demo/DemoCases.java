package eu.jcohub.demo;

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
import eu.jcohub.seizures.ReportDraft;
import eu.jcohub.seizures.RiskProfileDraft;
import eu.jcohub.seizures.RiskProfiles;
import eu.jcohub.shared.OperationId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
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
	private final RiskProfiles profiles;
	private final FieldReports fieldReports;
	private final Cases cases;
	private final Recommendations recommendations;
	private final CaseStudies caseStudies;
	private final ObjectiveEvaluations evaluations;
	private final DemoLifecycle lifecycle;
	private final DemoUsers users;
	private final TransactionTemplate transaction;

	DemoCases(OperationRegister register, OperationRoles roles, RiskProfiles profiles, FieldReports fieldReports,
			Cases cases, Recommendations recommendations, CaseStudies caseStudies, ObjectiveEvaluations evaluations,
			DemoLifecycle lifecycle, DemoUsers users, TransactionTemplate transaction) {
		this.caseStudies = caseStudies;
		this.evaluations = evaluations;
		this.recommendations = recommendations;
		this.register = register;
		this.roles = roles;
		this.profiles = profiles;
		this.fieldReports = fieldReports;
		this.cases = cases;
		this.lifecycle = lifecycle;
		this.users = users;
		this.transaction = transaction;
	}

	/**
	 * In one transaction, like the rest of the demonstration data: while its phase is open (told back-dated by the
	 * lifecycle), the officers' field reports, the OCU's validations and the cases opened from them; then the
	 * debriefing, and what came after it. Follow-up keeps its projection of each validation in the transaction that
	 * validates, so the cases can be opened from the reports at once.
	 */
	void load(LocalDate today) {
		var start = today.minusDays(200);
		var plan = new OperationPlan(COMPLETED, OperationType.JCO_REGIONAL, "DK-CUSTOMS", "DK", Set.of("FI", "DE"),
				Set.of(), Competence.EXCLUSIVE_EU, PolicyDomain.FINANCIAL_INTERESTS,
				"Mette Jensen, DK Customs, +45 00 00 00 00 (fictional)", null, Set.of("CIGARETTES", "ALCOHOL"),
				Set.of("MARITIME_RORO", "ROAD"), Set.of("DKCPH", "FIHEL", "DEKEL"),
				List.of(new Phase(start, start.plusDays(13))),
				"Cigarettes and spirits on the ferry lines of the western Baltic; results followed after the operation.");
		transaction.executeWithoutResult(status -> {
			var operation = users.as(DemoAccounts.LEADER_DK, () -> register.table(plan, start.minusDays(180)));
			roles.assign(operation.id(), DemoAccounts.LEADER_DK, OperationRole.LEADER);
			roles.assign(operation.id(), DemoAccounts.OCU, OperationRole.OCU_OPERATOR);
			// What the phase left, for what follows the debriefing: its reports and the Danish case.
			var told = new AtomicReference<Told>();
			lifecycle.tell(List.of(new DemoLifecycle.Tabled(new DemoOperation(plan, DemoAccounts.LEADER_DK,
					Map.of(DemoAccounts.LEADER_DK, OperationRole.LEADER)), operation)), id -> {
						var reports = validatedReports(id, start);
						told.set(new Told(reports, cases(reports, start)));
					});
			afterTheDebriefing(told.get().reports(), told.get().danishCase(), today);
		});
	}

	/**
	 * The phase's reports: a profile for spirits that never hit, controls that found nothing, and seizures of which
	 * two share a route and a hiding place no profile covered (what the threat-assessment draft picks up).
	 */
	private Reports validatedReports(OperationId operation, LocalDate start) {
		var spirits = users.as(DemoAccounts.OCU, () -> profiles.create(operation, new RiskProfileDraft(
				"Spirits in vans on the Kiel ferries", "ALCOHOL", "MARITIME_RORO", "DE", "DK", List.of("2208"),
				"Vans declared empty on the return trip."))).profileId();
		var controls = List.of(
				report("officer.fi", operation, control(start.plusDays(1), "FIHEL", 60, spirits)),
				report(DemoAccounts.LEADER_DK, operation, control(start.plusDays(3), "DKCPH", 45, spirits)));
		var danish = report(DemoAccounts.LEADER_DK, operation, seizure(start.plusDays(2), "DKCPH", "ROAD", "CIGARETTES",
				"600000", "STICKS", "138000", "101000", "Behind a load of furniture", "DE", "DK", "DK-DEMO 44 10",
				"600,000 cigarettes behind a load of furniture on a lorry from Rostock.",
				"Henrik Demo-Driver", LocalDate.of(1976, 5, 14), "DK-DEMO-4410", "Demo Freight ApS", "DK-DEMO-30xxxx"));
		var second = report(DemoAccounts.LEADER_DK, operation, seizure(start.plusDays(9), "DKCPH", "ROAD", "CIGARETTES",
				"240000", "STICKS", "55200", "40400", "Behind a load of furniture", "DE", "DK", "DK-DEMO 71 02",
				"240,000 cigarettes behind flat-pack furniture on a lorry from Rostock, the same haulier's second truck.",
				null, null, null, null, null));
		var german = report("coordinator.de", operation, seizure(start.plusDays(4), "DEKEL", "MARITIME_RORO",
				"CIGARETTES", "1100000", "STICKS", "253000", "185000", "Trailer declared as empty packaging", "LT", "DE",
				"LT-DEMO-884", "1.1 million cigarettes in a trailer declared as empty packaging.", "Uwe Demo-Sample",
				LocalDate.of(1968, 9, 3), "DE-DEMO-7812", null, null));
		var finnish = report("coordinator.fi", operation, seizure(start.plusDays(6), "FIHEL", "MARITIME_RORO", "ALCOHOL",
				"900", "L", "17900", "17900", "Under the floor of a van", "EE", "FI", "FI-DEMO-221",
				"900 litres of undeclared spirits under the floor of a van.", null, null, null, "Demo Trading Oy",
				"FI-DEMO-2211"));
		users.as(DemoAccounts.OCU, () -> java.util.stream.Stream.concat(controls.stream(),
				java.util.stream.Stream.of(danish, second, german, finnish)).map(fieldReports::validate).toList());
		return new Reports(operation, danish, german, finnish);
	}

	private UUID report(String user, OperationId operation, ReportDraft draft) {
		return users.as(user, () -> fieldReports.submit(operation, UUID.randomUUID().toString(), draft).report().id());
	}

	private static ReportDraft control(LocalDate day, String location, int vehicles, UUID profile) {
		return new ReportDraft("CONTROL", null, at(day), location, "MARITIME_RORO", null, null, null, null, null, null,
				null, null, List.of(), profile.toString(), "VEHICLES", vehicles, "NOTHING_FOUND", null, null, null, null,
				null, null, null);
	}

	private static ReportDraft seizure(LocalDate day, String location, String mode, String goods, String quantity,
			String unit, String value, String duties, String concealment, String from, String to, String identifier,
			String summary, @Nullable String person, @Nullable LocalDate born, @Nullable String document,
			@Nullable String company, @Nullable String registration) {
		return new ReportDraft("SEIZURE", null, at(day), location, mode, goods, new BigDecimal(quantity), unit,
				new BigDecimal(value), new BigDecimal(duties), concealment, from, to, List.of(identifier), null, null, null,
				null, summary, "PARTICIPANTS", person, born, document, company, registration);
	}

	private static String at(LocalDate day) {
		return day.atTime(10, 30).toInstant(ZoneOffset.UTC).toString();
	}

	/** The cases opened from the phase's seizures, and their events up to the debriefing; the Danish case's id. */
	private UUID cases(Reports reports, LocalDate start) {
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
		return danish.id();
	}

	private void afterTheDebriefing(Reports reports, UUID danish, LocalDate today) {
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
		event(DemoAccounts.LEADER_DK, danish, "COURT_DECISION", today.minusDays(20), null, Boolean.TRUE, 1,
				"Henrik Demo-Driver", "Copenhagen City Court: eight months' imprisonment, suspended.");
		event(DemoAccounts.LEADER_DK, danish, "PENALTY_IMPOSED", today.minusDays(20), "60000.00", null, 0, null,
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

	private record Reports(OperationId operation, UUID danish, UUID german, UUID finnish) {
	}

	private record Told(Reports reports, UUID danishCase) {
	}
}
