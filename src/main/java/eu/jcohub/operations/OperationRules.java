package eu.jcohub.operations;

import eu.jcohub.access.AccessRule;
import eu.jcohub.access.AccessRules;
import eu.jcohub.access.ProtectedRecord;
import eu.jcohub.access.Relation;
import eu.jcohub.access.Role;
import eu.jcohub.access.Visibility;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Who may table and change operations. Everyone signed in sees every calendar entry; an operation's details
 * follow its handling code. Planners table for their own organisation, the coordination secretariat and the
 * facilitator for any; an operation is changed by its organiser's planners, its leader and the coordinators.
 */
@Component
public class OperationRules implements AccessRules {

	static final Set<Role> COORDINATORS = EnumSet.of(Role.SECRETARIAT, Role.FACILITATOR);
	static final Set<Role> PLANNERS = Arrays.stream(Role.values()).filter(Role::mayTableOperations)
		.collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));

	/** Tabling an operation for an organiser (the record is the organiser's). */
	public static final AccessRule TABLE = AccessRule.named("operations.table")
		.grant(COORDINATORS, Relation.ANYONE)
		.grant(PLANNERS, Relation.OWNER)
		.build();

	/**
	 * Reading an operation's plan (the record is the operation): whoever its handling code lets see its details,
	 * and the police and judicial partners named on it, who take part for their Naples II cooperation.
	 */
	public static final AccessRule READ = AccessRule.named("operations.read")
		.grant(Set.of(), Relation.ANYONE)
		.grant(Set.of(), Relation.PARTNER)
		.build();

	/** Changing an operation: its plan, and how its conflicts were resolved. */
	public static final AccessRule CHANGE = AccessRule.named("operations.change")
		.grant(COORDINATORS, Relation.ANYONE)
		.grant(PLANNERS, Relation.OWNER, Relation.LEADER)
		.build();

	/** Whether the user may table operations for the organiser: to offer only the organisers they may choose. */
	public static boolean mayTableFor(Visibility visibility, String organiser) {
		return visibility.allows(TABLE, ProtectedRecord.ownedBy(organiser));
	}

	static void require(Visibility visibility, AccessRule rule, String organiser) {
		visibility.require(rule, ProtectedRecord.ownedBy(organiser));
	}

	@Override
	public String module() {
		return "operations";
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(TABLE, READ, CHANGE);
	}
}
