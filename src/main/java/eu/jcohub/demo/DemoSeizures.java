package eu.jcohub.demo;

import eu.jcohub.access.HandlingCode;
import eu.jcohub.operations.Competence;
import eu.jcohub.operations.OperationPlan;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationType;
import eu.jcohub.operations.OperationView;
import eu.jcohub.operations.Phase;
import eu.jcohub.operations.PolicyDomain;
import eu.jcohub.protection.Retention;
import eu.jcohub.seizures.SeizureDraft;
import eu.jcohub.seizures.SeizureReports;
import eu.jcohub.seizures.Subject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The seizure story an auditor is shown: a Finnish report on the running Danish JCO that the Danish leader and
 * the secretariat read and the Finnish officer amends; a Danish owner-only report the OCU sees while the
 * operation runs; and an operation of 2019 whose persons and companies the retention rules have erased.
 * All persons and companies are fictional.
 */
@Component
class DemoSeizures {

	static final String CLOSED_LONG_AGO = "NORDIC LANTERN 2019";
	private final OperationRegister register;
	private final SeizureReports reports;
	private final Retention retention;
	private final DemoUsers users;
	private final DemoLifecycle lifecycle;
	private final DemoFieldReports fieldReports;

	DemoSeizures(OperationRegister register, SeizureReports reports, Retention retention, DemoUsers users,
			DemoLifecycle lifecycle, DemoFieldReports fieldReports) {
		this.fieldReports = fieldReports;
		this.register = register;
		this.lifecycle = lifecycle;
		this.reports = reports;
		this.retention = retention;
		this.users = users;
	}

	/** Loads the story around {@code runningNow}, the operation of {@link DemoPlans#RUNNING_NOW}. */
	void load(OperationView runningNow) {
		var running = runningNow.id();
		var firstDayOfRunning = runningNow.plan().firstPhase().start();
		var ferry = users.as("officer.fi", () -> reports.report(running, new SeizureDraft(firstDayOfRunning.plusDays(1),
				"FIHEL", null, "CIGARETTES", "1.2 million cigarettes hidden in a trailer's false floor on the Tallinn ferry",
				new BigDecimal("1200000"), "pieces", new BigDecimal("276000"), HandlingCode.PARTICIPANTS, Set.of(),
				new Subject("Viktor Demo-Example", LocalDate.of(1979, 4, 12), "EE-DEMO-0042", "Example Haulage OÜ",
						"EE-DEMO-14xxxx"))));
		users.as(DemoAccounts.LEADER_DK, () -> reports.read(ferry.id()));
		users.as(DemoAccounts.SECRETARIAT, () -> reports.read(ferry.id()));
		var read = users.as("officer.fi", () -> reports.read(ferry.id()));
		users.as("officer.fi", () -> reports.amend(ferry.id(), new SeizureDraft(read.seizedOn(), read.locationCode(), null,
				read.goodsCategory(), read.description() + " (count confirmed after unloading: 1,180,000)",
				new BigDecimal("1180000"), "pieces", new BigDecimal("271400"), HandlingCode.PARTICIPANTS, Set.of(),
				read.subject()), read.version()));
		var danish = users.as(DemoAccounts.LEADER_DK, () -> reports.report(running, new SeizureDraft(firstDayOfRunning,
				"DKAAR", null, "ALCOHOL", "2,400 litres of undeclared spirits on a ro-ro freight unit",
				new BigDecimal("2400"), "litres", new BigDecimal("38000"), HandlingCode.OWNER_ONLY, Set.of(),
				new Subject("Lars Demo-Fictive", LocalDate.of(1985, 11, 2), "DK-DEMO-7781", null, null))));
		users.as(DemoAccounts.OCU, () -> reports.read(danish.id()));
		fieldReports.load(runningNow);
		closedLongAgo();
		retention.enforce();
	}

	private void closedLongAgo() {
		var plan = new OperationPlan(CLOSED_LONG_AGO, OperationType.JCO_REGIONAL, "DK-CUSTOMS", "DK", Set.of("FI", "SE"),
				Set.of(), Competence.EXCLUSIVE_EU, PolicyDomain.FINANCIAL_INTERESTS, null, null, Set.of("CIGARETTES"),
				Set.of("MARITIME_RORO"), Set.of("DKCPH"),
				List.of(new Phase(LocalDate.of(2019, 10, 1), LocalDate.of(2019, 10, 14))),
				"Cigarettes on ferry lines of the Øresund; closed in 2019.");
		// Known to the calendar from the spring of 2019, as a regional JCO is, half a year ahead.
		var operation = users.as(DemoAccounts.LEADER_DK, () -> register.table(plan, LocalDate.of(2019, 3, 18)));
		users.as(DemoAccounts.LEADER_DK, () -> reports.report(operation.id(), new SeizureDraft(LocalDate.of(2019, 10, 8),
				"DKCPH", null, "CIGARETTES", "400,000 cigarettes in a coach's luggage hold", new BigDecimal("400000"),
				"pieces", new BigDecimal("92000"), HandlingCode.PARTICIPANTS, Set.of(),
				new Subject("Erik Demo-Former", LocalDate.of(1971, 1, 30), "SE-DEMO-1234", "Former Coaches AB",
						"SE-DEMO-5566"))));
		// Its lifecycle told after its report, as it happened: it has long been closed.
		lifecycle.tell(List.of(new DemoLifecycle.Tabled(new DemoOperation(plan, DemoAccounts.LEADER_DK, Map.of()),
				users.as(DemoAccounts.LEADER_DK, () -> register.find(operation.id())))));
	}
}
