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

	/** Who, in the organisations concerned, may read a case: anyone but field officers (need to know). */
	private static final Set<Role> CASE_READERS = EnumSet.complementOf(EnumSet.of(Role.FIELD_OFFICER, Role.ADMIN));

	/**
	 * Opening an investigation case from a validated report (the record is the report, owned by the
	 * administration that made it): its coordinators and leaders, and the operation's leader.
	 */
	public static final AccessRule OPEN_CASE = AccessRule.named("followup.case-open")
		.grant(EnumSet.of(Role.NATIONAL_COORDINATOR, Role.OPERATION_LEADER), Relation.OWNER)
		.grant(Set.of(), Relation.LEADER)
		.build();

	/**
	 * Reading a case (the record is the case, owned by the investigating organisation and naming the report's
	 * administration): law-enforcement information for those who need it, the investigating organisation, the
	 * administration whose report started it and the operation's leader. The persons in it follow the protection
	 * module's rule: the investigating organisation only.
	 */
	public static final AccessRule READ_CASE = AccessRule.named("followup.case-read")
		.grant(CASE_READERS, Relation.OWNER, Relation.NAMED)
		.grant(Set.of(), Relation.LEADER)
		.build();

	/**
	 * Recording events on a case: the investigating organisation, and the national coordinator of the
	 * administration whose report started it (who relays outcomes where customs do not investigate).
	 */
	public static final AccessRule WORK_CASE = AccessRule.named("followup.case-work")
		.grant(CASE_READERS, Relation.OWNER)
		.grant(EnumSet.of(Role.NATIONAL_COORDINATOR), Relation.NAMED)
		.build();

	/** Counting cases without reading them (stale cases on the facilitator board): the coordinating structure. */
	public static final AccessRule COUNT_CASES = AccessRule.named("followup.case-count")
		.grant(COORDINATORS, Relation.ANYONE)
		.build();

	@Override
	public String module() {
		return "followup";
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(READ, RECORD, WORK, OPEN_CASE, READ_CASE, WORK_CASE, COUNT_CASES);
	}

	/** A recommendation as the access policy sees it: owned by the organisation it is addressed to. */
	static ProtectedRecord recordOf(Recommendation recommendation) {
		return ProtectedRecord.ownedBy(recommendation.addressee());
	}
}
