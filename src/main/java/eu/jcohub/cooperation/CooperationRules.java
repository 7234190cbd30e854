package eu.jcohub.cooperation;

import eu.jcohub.access.AccessRule;
import eu.jcohub.access.AccessRules;
import eu.jcohub.access.Relation;
import eu.jcohub.access.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who may do what with Naples II cooperation. Everyone signed in reads the competence matrix, the guidance, the
 * plain-language pages and the usage statistics (counts without any request's details); a member state's entries
 * are confirmed by its own customs administration's coordinators and leaders. A request is read only by the two
 * administrations involved, the police and judicial partners it involves, the operation's leader and its OCU.
 */
@Component
public class CooperationRules implements AccessRules {

	private static final Set<Role> CUSTOMS_STAFF = EnumSet.of(Role.FIELD_OFFICER, Role.OCU_OPERATOR,
			Role.OPERATION_LEADER, Role.NATIONAL_COORDINATOR);

	/** Confirming a member state's entry (the record is owned by the state's customs administration). */
	public static final AccessRule CONFIRM = AccessRule.named("cooperation.confirm")
		.grant(EnumSet.of(Role.NATIONAL_COORDINATOR, Role.OPERATION_LEADER), Relation.OWNER)
		.build();

	/** Filing a request on an operation (the record is the operation). */
	public static final AccessRule FILE = AccessRule.named("cooperation.file")
		.grant(CUSTOMS_STAFF, Relation.OWNER, Relation.PARTICIPANT, Relation.ROLE_HOLDER)
		.build();

	/**
	 * Filing a request for another administration than one's own (the record is the operation): its leader and
	 * its OCU, who relay requests between the administrations taking part.
	 */
	public static final AccessRule FILE_FOR_OTHERS = AccessRule.named("cooperation.file-for-others")
		.grant(Set.of(), Relation.LEADER)
		.grant(EnumSet.of(Role.OCU_OPERATOR), Relation.ROLE_HOLDER)
		.build();

	/**
	 * Seeing an operation's Naples II part (the record is the operation): whoever sees its details, and the police
	 * and judicial partners named on it, who take part in the operation for these requests.
	 */
	public static final AccessRule FOLLOW = AccessRule.named("cooperation.follow")
		.grant(Set.of(), Relation.ANYONE)
		.grant(Set.of(), Relation.PARTNER)
		.build();

	/** Reading a request (the record is the request, naming the partners it involves). */
	public static final AccessRule READ = AccessRule.named("cooperation.read")
		.grant(Set.of(), Relation.OWNER, Relation.NAMED, Relation.PARTICIPANT, Relation.PARTNER, Relation.LEADER)
		.grant(EnumSet.of(Role.OCU_OPERATOR), Relation.ROLE_HOLDER)
		.build();

	/** Moving a request on: sending, answering, executing, closing it (the record is the request). */
	public static final AccessRule CHANGE = AccessRule.named("cooperation.change")
		.grant(CUSTOMS_STAFF, Relation.OWNER, Relation.NAMED, Relation.LEADER)
		.grant(EnumSet.of(Role.OCU_OPERATOR), Relation.ROLE_HOLDER)
		.build();

	@Override
	public String module() {
		return "cooperation";
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(CONFIRM, FILE, FILE_FOR_OTHERS, FOLLOW, READ, CHANGE);
	}
}
