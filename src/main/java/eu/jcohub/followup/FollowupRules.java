package eu.jcohub.followup;

import eu.jcohub.access.AccessRule;
import eu.jcohub.access.AccessRules;
import eu.jcohub.access.ProtectedRecord;
import eu.jcohub.access.Relation;
import eu.jcohub.access.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who reads and works the recommendation monitoring file. The file is the working party's shared record of what
 * was recommended and what became of it: everyone signed in reads it. The secretariat and the facilitator keep it
 * (record recommendations, change their wording and addressee, and work any of them); the national coordinators
 * and operation leaders of the addressed organisation work the recommendations addressed to it (actions, evidence,
 * status). Each rule is applied to a recommendation as a record owned by its addressee.
 */
@Component
public class FollowupRules implements AccessRules {

	private static final Set<Role> COORDINATORS = EnumSet.of(Role.SECRETARIAT, Role.FACILITATOR);

	/** Reading the monitoring file and its exports. */
	public static final AccessRule READ = AccessRule.named("followup.read")
		.grant(Set.of(), Relation.ANYONE)
		.build();

	/** Recording a recommendation and changing its wording, source or addressee. */
	public static final AccessRule RECORD = AccessRule.named("followup.record")
		.grant(COORDINATORS, Relation.ANYONE)
		.build();

	/** Working a recommendation: its actions, evidence and status. */
	public static final AccessRule WORK = AccessRule.named("followup.work")
		.grant(COORDINATORS, Relation.ANYONE)
		.grant(EnumSet.of(Role.NATIONAL_COORDINATOR, Role.OPERATION_LEADER), Relation.OWNER)
		.build();

	@Override
	public String module() {
		return "followup";
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(READ, RECORD, WORK);
	}

	/** A recommendation as the access policy sees it: owned by the organisation it is addressed to. */
	static ProtectedRecord recordOf(Recommendation recommendation) {
		return ProtectedRecord.ownedBy(recommendation.addressee());
	}
}
