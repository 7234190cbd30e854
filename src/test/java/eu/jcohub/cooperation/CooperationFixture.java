package eu.jcohub.cooperation;

import eu.jcohub.access.HandlingCode;
import eu.jcohub.access.OperationRole;
import eu.jcohub.access.OperationRoles;
import eu.jcohub.access.Role;
import eu.jcohub.operations.Competence;
import eu.jcohub.operations.OperationPlan;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationType;
import eu.jcohub.operations.Phase;
import eu.jcohub.operations.PolicyDomain;
import eu.jcohub.seizures.SeizureDraft;
import eu.jcohub.seizures.SeizureReports;
import eu.jcohub.seizures.Subject;
import eu.jcohub.shared.OperationId;
import eu.jcohub.support.TestAccounts;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Danish JCO running now with German, Polish and Finnish customs, the German police and the Polish prosecution as
 * partners, its OCU staffed by OLAF; and the people around it.
 */
final class CooperationFixture {

	private static final AtomicInteger NAMES = new AtomicInteger();
	final String leader;
	final String ocu;
	final String germanCustoms;
	final String polishCustoms;
	final String finnishCustoms;
	final String germanPolice;
	final String polishProsecutor;
	final String secretariat;
	private final TestAccounts accounts;

	CooperationFixture(TestAccounts accounts) {
		this.accounts = accounts;
		leader = accounts.ensure("t.nc.leader.dk", "DK-CUSTOMS", Role.OPERATION_LEADER);
		ocu = accounts.ensure("t.nc.ocu", "OLAF", Role.OCU_OPERATOR);
		germanCustoms = accounts.ensure("t.nc.coordinator.de", "DE-CUSTOMS", Role.NATIONAL_COORDINATOR);
		polishCustoms = accounts.ensure("t.nc.coordinator.pl", "PL-CUSTOMS", Role.NATIONAL_COORDINATOR);
		finnishCustoms = accounts.ensure("t.nc.coordinator.fi", "FI-CUSTOMS", Role.NATIONAL_COORDINATOR);
		germanPolice = accounts.ensure("t.nc.police.de", "DE-POLICE", Role.PARTNER_OBSERVER);
		polishProsecutor = accounts.ensure("t.nc.prosecutor.pl", "PL-PROSECUTION", Role.PARTNER_OBSERVER);
		secretariat = accounts.secretariat();
	}

	/** The operation, running from two days ago, with the OCU user on its OCU. */
	OperationId operation(OperationRegister register, OperationRoles roles) {
		return operation(register, roles, Set.of("DE-POLICE", "PL-PROSECUTION"));
	}

	/** The operation with the given partner organisations. */
	OperationId operation(OperationRegister register, OperationRoles roles, Set<String> partners) {
		return operation(register, roles, partners, LocalDate.now().minusDays(2));
	}

	/** The operation with the given partner organisations, its ten days starting on {@code start}. */
	OperationId operation(OperationRegister register, OperationRoles roles, Set<String> partners, LocalDate start) {
		var id = accounts.as(leader, () -> register.table(new OperationPlan("NAPLES GATE " + NAMES.incrementAndGet() + "-"
				+ System.nanoTime() % 100_000, OperationType.JCO_REGIONAL, "DK-CUSTOMS", "DK", Set.of("DE", "PL", "FI"),
				partners, Competence.EXCLUSIVE_EU, PolicyDomain.FINANCIAL_INTERESTS, null, null,
				Set.of("CIGARETTES"), Set.of("ROAD"), Set.of(), List.of(new Phase(start, start.plusDays(9))), null)).id());
		accounts.as(leader, () -> roles.assign(id, ocu, OperationRole.OCU_OPERATOR));
		accounts.as(leader, () -> roles.assign(id, leader, OperationRole.LEADER));
		return id;
	}

	/** A seizure report of German customs on the operation, read by all who take part. */
	UUID seizure(SeizureReports reports, OperationId operation, String description) {
		return accounts.as(germanCustoms, () -> reports.report(operation, new SeizureDraft(LocalDate.now(), null,
				"Frankfurt (Oder) road crossing", "CIGARETTES", description, null, null, null,
				HandlingCode.PARTICIPANTS, Set.of(), Subject.NONE)).id());
	}
}
