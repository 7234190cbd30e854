package eu.jcohub.followup.debriefing;

import eu.jcohub.access.AccessRule;
import eu.jcohub.access.AccessRules;
import eu.jcohub.access.OperationCircle;
import eu.jcohub.access.ProtectedRecord;
import eu.jcohub.access.Relation;
import eu.jcohub.access.Role;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who reads and keeps an operation's debriefing (objectives evaluated, threat-assessment draft, case studies,
 * debriefing pack). The administrations taking part, the organiser and the holders of a role on the operation
 * (leader, OCU, analysts) read it; the leader, the organiser's operation leaders and the analysts keep it. Police and judicial partners named on the
 * operation get nothing: the debriefing speaks of every administration's results and of risk profiles, which stay
 * among customs. Each rule is applied to the operation as a record without its partners.
 */
@Component
public class DebriefingRules implements AccessRules {

	/** Reading the debriefing and downloading its pack (the record is the operation, partners left out). */
	public static final AccessRule READ = AccessRule.named("followup.debriefing-read")
		.grant(Set.of(), Relation.OWNER, Relation.PARTICIPANT, Relation.ROLE_HOLDER)
		.build();

	/** Assessing objectives, editing the threat-assessment draft, picking case studies. */
	public static final AccessRule EDIT = AccessRule.named("followup.debriefing-edit")
		.grant(Set.of(), Relation.LEADER)
		.grant(EnumSet.of(Role.OPERATION_LEADER), Relation.OWNER)
		.grant(EnumSet.of(Role.ANALYST), Relation.ROLE_HOLDER)
		.build();

	@Override
	public String module() {
		return "followup";
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(READ, EDIT);
	}

	/** The operation as the debriefing's rules see it: its customs circle, without named partners. */
	static ProtectedRecord recordOf(OperationCircle operation, LocalDate today) {
		var record = operation.asRecord(today);
		return new ProtectedRecord(record.operationId(), record.owner(), record.participantCountries(), Set.of(),
				record.handlingCode(), record.namedOrganisations(), record.operationRunning());
	}
}
