package eu.jcohub.seizures;

import eu.jcohub.access.AccessRule;
import eu.jcohub.access.AccessRules;
import eu.jcohub.access.Relation;
import eu.jcohub.access.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who may report and amend seizures. Officers, OCU operators, leaders and national coordinators of an
 * organisation taking part in the operation (or holding a role on it) report; a report is amended only by the
 * organisation that made it. Reading a report follows its handling code; its persons follow the protection
 * module's personal-data rule.
 */
@Component
public class SeizureRules implements AccessRules {

	private static final Set<Role> REPORTERS = EnumSet.of(Role.FIELD_OFFICER, Role.OCU_OPERATOR, Role.OPERATION_LEADER,
			Role.NATIONAL_COORDINATOR);

	/** Reporting a seizure on an operation (the record is the operation). */
	public static final AccessRule REPORT = AccessRule.named("seizures.report")
		.grant(REPORTERS, Relation.OWNER, Relation.PARTICIPANT, Relation.ROLE_HOLDER)
		.build();

	/** Amending a report (the record is the report). */
	public static final AccessRule AMEND = AccessRule.named("seizures.amend")
		.grant(REPORTERS, Relation.OWNER)
		.build();

	@Override
	public String module() {
		return "seizures";
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(REPORT, AMEND);
	}
}
