package eu.jcohub.planning;

import eu.jcohub.access.AccessRule;
import eu.jcohub.access.AccessRules;
import eu.jcohub.access.ProtectedRecord;
import eu.jcohub.access.Relation;
import eu.jcohub.access.Role;
import eu.jcohub.operations.OperationRules;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who may plan what. Those who may change an operation move it in its lifecycle and plan it (business case,
 * objectives, checklist, invitations); only the coordination secretariat approves a business case. A national
 * coordinator answers the invitations of their own administration; the people of the organisation owning a task
 * (or the person it is given to) change its state. The facilitator board and the checklist templates are the
 * facilitating structure's and the secretariat's.
 */
@Component
public class PlanningRules implements AccessRules {

	private static final Set<Role> COORDINATORS = EnumSet.of(Role.SECRETARIAT, Role.FACILITATOR);

	/** Moving an operation in its lifecycle and planning it (the record is the operation). */
	public static final AccessRule PLAN = new AccessRule("planning.plan", OperationRules.CHANGE.grants());

	/** Approving a business case (the record is the operation). */
	public static final AccessRule APPROVE = AccessRule.named("planning.approve")
		.grant(EnumSet.of(Role.SECRETARIAT), Relation.ANYONE)
		.build();

	/** Answering an invitation (the record is owned by the invited administration). */
	public static final AccessRule ANSWER = AccessRule.named("planning.answer")
		.grant(EnumSet.of(Role.NATIONAL_COORDINATOR), Relation.OWNER)
		.build();

	/** Changing a task's state (the record is owned by the task's owning organisation). */
	public static final AccessRule WORK = AccessRule.named("planning.work")
		.grant(EnumSet.of(Role.SECRETARIAT, Role.FACILITATOR, Role.OPERATION_LEADER, Role.NATIONAL_COORDINATOR,
				Role.OCU_OPERATOR, Role.ANALYST), Relation.OWNER)
		.build();

	/** The facilitator board. */
	public static final AccessRule BOARD = AccessRule.named("planning.board")
		.grant(COORDINATORS, Relation.ANYONE)
		.build();

	/** Editing the checklist templates. */
	public static final AccessRule TEMPLATES = AccessRule.named("planning.templates")
		.grant(COORDINATORS, Relation.ANYONE)
		.build();

	static ProtectedRecord ownedBy(String organisation) {
		return ProtectedRecord.ownedBy(organisation);
	}

	@Override
	public String module() {
		return "planning";
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(PLAN, APPROVE, ANSWER, WORK, BOARD, TEMPLATES);
	}
}
