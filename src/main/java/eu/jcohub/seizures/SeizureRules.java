package eu.jcohub.seizures;

import eu.jcohub.access.AccessRule;
import eu.jcohub.access.AccessRules;
import eu.jcohub.access.HandlingCode;
import eu.jcohub.access.OperationCircle;
import eu.jcohub.access.ProtectedRecord;
import eu.jcohub.access.Relation;
import eu.jcohub.access.Role;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Who may report, read, amend and validate field reports. Officers, OCU operators, leaders and national
 * coordinators of an organisation taking part in the operation (or holding a role on it) report; a report is
 * amended only by the organisation that made it. Reading a report follows its handling code, and a field officer
 * reads only their own administration's reports; its persons follow the protection module's personal-data rule.
 * The operation's OCU opens and closes its phases and validates, queries or rejects reports; the OCU and the
 * leader keep its risk profiles.
 */
@Component
public class SeizureRules implements AccessRules {

	private static final Set<Role> REPORTERS = EnumSet.of(Role.FIELD_OFFICER, Role.OCU_OPERATOR, Role.OPERATION_LEADER,
			Role.NATIONAL_COORDINATOR);
	private static final Set<Role> NOT_FIELD_OFFICERS = Arrays.stream(Role.values())
		.filter(role -> role != Role.FIELD_OFFICER)
		.collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));

	/** Reporting a seizure or a control on an operation (the record is the operation). */
	public static final AccessRule REPORT = AccessRule.named("seizures.report")
		.grant(REPORTERS, Relation.OWNER, Relation.PARTICIPANT, Relation.ROLE_HOLDER)
		.build();

	/** Amending a report, and answering the OCU's question on it (the record is the report). */
	public static final AccessRule AMEND = AccessRule.named("seizures.amend")
		.grant(REPORTERS, Relation.OWNER)
		.build();

	/**
	 * Reading a report whose handling code lets the user see it (the record is the report): a field officer only
	 * their own administration's, everyone else as the handling code allows. A police or judicial partner of the
	 * operation reads the reports other modules disclose to it ({@link PartnerDisclosure}), and the operation's
	 * index of them (the record is then the operation), but nothing else of the operation's execution.
	 */
	public static final AccessRule READ = AccessRule.named("seizures.read")
		.grant(NOT_FIELD_OFFICERS, Relation.ANYONE)
		.grant(EnumSet.of(Role.FIELD_OFFICER), Relation.OWNER)
		.grant(Set.of(), Relation.PARTNER)
		.build();

	/** Opening and closing the operation's phases (the record is the operation as executed): its OCU. */
	public static final AccessRule RUN_PHASES = AccessRule.named("seizures.run-phases")
		.grant(Set.of(), Relation.OCU_WHILE_RUNNING)
		.build();

	/** Validating, querying and rejecting reports, and seeing the links between them: the operation's OCU. */
	public static final AccessRule VALIDATE = AccessRule.named("seizures.validate")
		.grant(Set.of(), Relation.OCU_WHILE_RUNNING)
		.build();

	/** Creating and editing the operation's risk profiles: its OCU and its leader. */
	public static final AccessRule PROFILES = AccessRule.named("seizures.profiles")
		.grant(Set.of(), Relation.OCU_WHILE_RUNNING, Relation.LEADER)
		.build();

	/**
	 * The operation as its execution sees it: its OCU runs it from the opening of the first phase until the last
	 * reports are in, whatever the planned days, so the record always counts as running.
	 */
	static ProtectedRecord asExecuted(OperationCircle operation) {
		return new ProtectedRecord(operation.id(), operation.organiser(), operation.countriesTakingPart(),
				operation.partnerOrganisations(), HandlingCode.PARTICIPANTS, Set.of(), true);
	}

	@Override
	public String module() {
		return "seizures";
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(REPORT, AMEND, READ, RUN_PHASES, VALIDATE, PROFILES);
	}
}
