package eu.jcohub.protection;

import eu.jcohub.access.AccessRule;
import eu.jcohub.access.AccessRules;
import eu.jcohub.access.ProtectedRecord;
import eu.jcohub.access.Relation;
import eu.jcohub.access.Role;
import eu.jcohub.access.Visibility;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who sees personal data and who governs them. Personal data in a record (names, dates of birth, document and
 * company numbers) are for the administration that recorded them and, while the operation runs, its OCU,
 * whatever the rest of the record's handling code allows. Retention periods are set by the organisation's
 * national coordinator or an administrator; subject-access searches are for coordinators and leaders, over their
 * own administration's records.
 */
@Component
public class ProtectionRules implements AccessRules {

	/** Seeing the personal data in a record of any module. */
	public static final AccessRule SEE_PERSONAL_DATA = AccessRule.named("protection.personal-data")
		.grant(Set.of(), Relation.OWNER, Relation.OCU_WHILE_RUNNING)
		.build();

	/** Setting an organisation's retention periods (the record is the organisation's). */
	public static final AccessRule MANAGE_RETENTION = AccessRule.named("protection.retention")
		.grant(Set.of(Role.ADMIN), Relation.ANYONE)
		.grant(Set.of(Role.NATIONAL_COORDINATOR), Relation.OWNER)
		.build();

	/** Searching one's own administration's records for a person or company. */
	public static final AccessRule SUBJECT_ACCESS = AccessRule.named("protection.subject-access")
		.grant(Set.of(Role.NATIONAL_COORDINATOR, Role.OPERATION_LEADER), Relation.ANYONE)
		.build();

	public static boolean maySeePersonalData(Visibility visibility, ProtectedRecord record) {
		return visibility.allows(SEE_PERSONAL_DATA, record);
	}

	public static boolean mayManageRetention(Visibility visibility, String organisation) {
		return visibility.allows(MANAGE_RETENTION, ProtectedRecord.ownedBy(organisation));
	}

	@Override
	public String module() {
		return "protection";
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(SEE_PERSONAL_DATA, MANAGE_RETENTION, SUBJECT_ACCESS);
	}
}
