package eu.jcohub.library;

import eu.jcohub.access.Role;
import eu.jcohub.operations.Competence;
import eu.jcohub.operations.OperationPlan;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationType;
import eu.jcohub.operations.Phase;
import eu.jcohub.operations.PolicyDomain;
import eu.jcohub.shared.OperationId;
import eu.jcohub.support.TestAccounts;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The people and operations of the Library's tests: a Danish-led operation with Finland that ran last year, its
 * Danish leader, a Finnish national coordinator and officer (its circle), a Portuguese coordinator (outside it), the
 * secretariat and a German leader. Words are made unique per test, as all tests share one database.
 */
final class LibraryFixture {

	static final String LEADER = "t.lib.leader.dk";
	static final String COORDINATOR = "t.lib.coordinator.fi";
	static final String OFFICER = "t.lib.officer.fi";
	static final String OUTSIDER = "t.lib.coordinator.pt";
	static final String SECRETARIAT = "t.lib.secretariat";
	static final String OTHER_LEADER = "t.lib.leader.de";
	private static final AtomicLong counter = new AtomicLong(System.nanoTime());

	private final TestAccounts accounts;
	private final OperationRegister register;

	LibraryFixture(TestAccounts accounts, OperationRegister register) {
		this.accounts = accounts;
		this.register = register;
		accounts.ensure(LEADER, "DK-CUSTOMS", Role.OPERATION_LEADER);
		accounts.ensure(COORDINATOR, "FI-CUSTOMS", Role.NATIONAL_COORDINATOR);
		accounts.ensure(OFFICER, "FI-CUSTOMS", Role.FIELD_OFFICER);
		accounts.ensure(OUTSIDER, "PT-CUSTOMS", Role.NATIONAL_COORDINATOR);
		accounts.ensure(SECRETARIAT, "CCWP", Role.SECRETARIAT);
		accounts.ensure(OTHER_LEADER, "DE-CUSTOMS", Role.OPERATION_LEADER);
	}

	/** An operation of Danish customs with Finland that ran in March last year. */
	OperationId pastOperation(String name, String objectives) {
		var start = LocalDate.now().minusYears(1).withMonth(3).withDayOfMonth(2);
		return accounts.as(LEADER, () -> register.table(new OperationPlan(name, OperationType.JCO_REGIONAL, "DK-CUSTOMS",
				"DK", Set.of("FI"), Set.of("OLAF"), Competence.EXCLUSIVE_EU, PolicyDomain.FINANCIAL_INTERESTS,
				"Danish OCU (test)", null, Set.of("CIGARETTES"), Set.of("MARITIME_RORO"), Set.of("DKAAR"),
				List.of(new Phase(start, start.plusDays(9))), objectives)).id());
	}

	/** An operation of Danish customs with Finland that has not run yet. */
	OperationId futureOperation(String name) {
		var start = LocalDate.now().plusMonths(2);
		return accounts.as(LEADER, () -> register.table(new OperationPlan(name, OperationType.JCO_REGIONAL, "DK-CUSTOMS",
				"DK", Set.of("FI"), Set.of(), Competence.EXCLUSIVE_EU, PolicyDomain.FINANCIAL_INTERESTS, null, null,
				Set.of("CIGARETTES"), Set.of("ROAD"), Set.of(), List.of(new Phase(start, start.plusDays(5))), null)).id());
	}

	/** A word no other test uses: letters only, so that text search reads it as one word. */
	static String word(String stem) {
		var suffix = new StringBuilder();
		for (long n = counter.incrementAndGet(); n > 0; n /= 26) {
			suffix.append((char) ('a' + n % 26));
		}
		return stem + suffix;
	}
}
