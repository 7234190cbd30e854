package eu.jcohub.deconfliction;

import eu.jcohub.access.AccessRule;
import eu.jcohub.access.AccessRules;
import eu.jcohub.operations.OperationRules;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who may do what with conflicts. A conflict is part of an operation's details: who may see the operation's
 * details sees its conflicts, and those who may change the operation record how a conflict was resolved.
 * Checking a draft is open to everyone signed in; what it tells about operations the user may not see in detail
 * is reduced to their calendar entry.
 */
@Component
public class DeconflictionRules implements AccessRules {

	public static final AccessRule RESOLVE = new AccessRule("deconfliction.resolve", OperationRules.CHANGE.grants());

	@Override
	public String module() {
		return "deconfliction";
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(RESOLVE);
	}
}
