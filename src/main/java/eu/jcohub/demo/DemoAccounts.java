package eu.jcohub.demo;

import eu.jcohub.access.Role;
import java.util.List;

/** The demo accounts: one per role at least, and two countries' worth where later flows need a pair. */
final class DemoAccounts {

	static final String PASSWORD = "demo";
	static final String SECRETARIAT = "secretariat";
	static final String LEADER_DK = "leader.dk";
	static final String OCU = "ocu";
	static final String ANALYST = "analyst";

	static final List<DemoAccount> ALL = List.of(
			new DemoAccount(SECRETARIAT, "Anna Keller (CCWP secretariat)", "CCWP", Role.SECRETARIAT),
			new DemoAccount("facilitator", "Pierre Dubois (JCO facilitation)", "FACILITATION", Role.FACILITATOR),
			new DemoAccount(LEADER_DK, "Mette Jensen (DK Customs)", "DK-CUSTOMS", Role.OPERATION_LEADER),
			new DemoAccount("coordinator.fi", "Juha Virtanen (FI Customs)", "FI-CUSTOMS", Role.NATIONAL_COORDINATOR),
			new DemoAccount("coordinator.de", "Katrin Schmidt (DE Customs)", "DE-CUSTOMS", Role.NATIONAL_COORDINATOR),
			new DemoAccount("coordinator.pl", "Tomasz Nowak (PL Customs)", "PL-CUSTOMS", Role.NATIONAL_COORDINATOR),
			new DemoAccount("coordinator.fr", "Claire Martin (FR Customs)", "FR-CUSTOMS", Role.NATIONAL_COORDINATOR),
			new DemoAccount("coordinator.gr", "Nikos Papadopoulos (GR Customs)", "GR-CUSTOMS", Role.NATIONAL_COORDINATOR),
			new DemoAccount(OCU, "Elena Rossi (OLAF, OCU)", "OLAF", Role.OCU_OPERATOR),
			new DemoAccount("officer.fi", "Aino Korhonen (FI Customs, Vaalimaa)", "FI-CUSTOMS", Role.FIELD_OFFICER),
			new DemoAccount("officer.pl", "Piotr Wiśniewski (PL Customs, Terespol)", "PL-CUSTOMS", Role.FIELD_OFFICER),
			new DemoAccount(ANALYST, "Sanne de Vries (NL Customs, analysis)", "NL-CUSTOMS", Role.ANALYST),
			new DemoAccount("observer.frontex", "Marek Kowalczyk (FRONTEX)", "FRONTEX", Role.PARTNER_OBSERVER),
			new DemoAccount("observer.europol", "Sofia Lindqvist (Europol)", "EUROPOL", Role.PARTNER_OBSERVER),
			new DemoAccount("police.de", "Jonas Becker (BKA)", "DE-POLICE", Role.PARTNER_OBSERVER),
			new DemoAccount("prosecutor.pl", "Magdalena Zielińska (PL Prosecution)", "PL-PROSECUTION",
					Role.PARTNER_OBSERVER),
			new DemoAccount("admin", "Demo Administrator (JCO Hub)", "JCOHUB", Role.ADMIN));

	private DemoAccounts() {
	}

	/**
	 * Who tables an operation of this organiser: its own demo planner where there is one, so the calendar
	 * shows who entered what; otherwise the secretariat, who may table for any organiser.
	 */
	static String plannerFor(String organiser) {
		return ALL.stream()
			.filter(account -> account.organisation().equals(organiser) && account.role().mayTableOperations())
			.map(DemoAccount::username)
			.findFirst()
			.orElse(SECRETARIAT);
	}
}
