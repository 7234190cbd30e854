package eu.jcohub.coordination;

import eu.jcohub.access.AccessRule;
import eu.jcohub.access.AccessRules;
import eu.jcohub.access.Relation;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who may follow and coordinate an operation while it runs. The live picture and the review are for those taking
 * part (their administrations and partner bodies; its police and judicial partners take part only for their Naples II
 * requests), its organiser and the holders of a role on it (leader, OCU, analyst);
 * messages are sent by the leader and by the OCU while the operation runs; a message is acknowledged by the
 * administrations it was sent to.
 */
@Component
public class CoordinationRules implements AccessRules {

	/** Following the live picture, its feed and the review (the record is the operation). */
	public static final AccessRule FOLLOW = AccessRule.named("coordination.follow")
		.grant(Set.of(), Relation.OWNER, Relation.PARTICIPANT, Relation.ROLE_HOLDER)
		.build();

	/** Sending messages and alerts, and seeing who acknowledged them (the record is the operation). */
	public static final AccessRule COORDINATE = AccessRule.named("coordination.coordinate")
		.grant(Set.of(), Relation.LEADER, Relation.OCU_WHILE_RUNNING)
		.build();

	/** Acknowledging a message (the record is the message, naming the administrations it was sent to). */
	public static final AccessRule ACKNOWLEDGE = AccessRule.named("coordination.acknowledge")
		.grant(Set.of(), Relation.NAMED)
		.build();

	@Override
	public String module() {
		return "coordination";
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(FOLLOW, COORDINATE, ACKNOWLEDGE);
	}
}
