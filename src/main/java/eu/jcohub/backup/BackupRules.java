package eu.jcohub.backup;

import eu.jcohub.access.AccessRule;
import eu.jcohub.access.AccessRules;
import eu.jcohub.access.Relation;
import eu.jcohub.access.Role;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who may take a backup: administrators only. A backup holds every record of every organisation, personal data
 * included, whatever its handling code.
 */
@Component
public class BackupRules implements AccessRules {

	public static final AccessRule TAKE = AccessRule.named("backup.take")
		.grant(Set.of(Role.ADMIN), Relation.ANYONE)
		.build();

	@Override
	public String module() {
		return "backup";
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(TAKE);
	}
}
