package eu.jcohub.library;

import eu.jcohub.access.AccessRule;
import eu.jcohub.access.AccessRules;
import eu.jcohub.access.Relation;
import eu.jcohub.access.Role;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Who reads and adds to an operation's part of the Library. Its documents, lessons and tags are the operation's
 * details: its circle reads them (the organiser, the participating administrations, named partner bodies but not police or judicial partners, role holders,
 * the secretariat and the facilitator). Documents and tags are added by those who run the operation: its
 * organiser's planners, its leader, the secretariat and the facilitator; lessons also by the national coordinators
 * and operation leaders of the administrations that took part, who learned them. Each rule is applied to the operation as a record.
 */
@Component
public class LibraryRules implements AccessRules {

	private static final Set<Role> COORDINATORS = EnumSet.of(Role.SECRETARIAT, Role.FACILITATOR);
	private static final Set<Role> PLANNERS = Arrays.stream(Role.values()).filter(Role::mayTableOperations)
		.collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));

	/** Reading and finding an operation's documents, lessons and tags. */
	public static final AccessRule READ = AccessRule.named("library.read")
		.grant(COORDINATORS, Relation.ANYONE)
		.grant(Set.of(), Relation.OWNER, Relation.PARTICIPANT, Relation.ROLE_HOLDER)
		.build();

	/** Uploading an operation's documents and setting its tags. */
	public static final AccessRule CONTRIBUTE = AccessRule.named("library.contribute")
		.grant(COORDINATORS, Relation.ANYONE)
		.grant(PLANNERS, Relation.OWNER, Relation.LEADER)
		.build();

	/** Writing a lesson learned in an operation. */
	public static final AccessRule LEARN = AccessRule.named("library.learn")
		.grant(COORDINATORS, Relation.ANYONE)
		.grant(PLANNERS, Relation.OWNER, Relation.LEADER)
		.grant(EnumSet.of(Role.NATIONAL_COORDINATOR, Role.OPERATION_LEADER), Relation.PARTICIPANT)
		.build();

	@Override
	public String module() {
		return "library";
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(READ, CONTRIBUTE, LEARN);
	}
}
