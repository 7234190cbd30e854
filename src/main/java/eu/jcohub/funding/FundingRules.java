package eu.jcohub.funding;

import eu.jcohub.access.AccessRule;
import eu.jcohub.access.AccessRules;
import eu.jcohub.operations.OperationRules;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who may see and change an operation's funding. Its budget, applications, eligibility and lead-time warnings are
 * part of its details: those who may see them (its organiser, participants and role holders, the secretariat and
 * the facilitator) read them, a viewer of its calendar entry alone does not. They are changed by those who may change
 * the operation: the planners of its organiser, its leader, the coordination secretariat and the facilitator (who
 * helps lead administrations find the money). The programme catalogue and the lead-time history are read by everyone signed in.
 */
@Component
public class FundingRules implements AccessRules {

	/** Changing an operation's budget and applications (the record is the operation). */
	public static final AccessRule CHANGE = new AccessRule("funding.change", OperationRules.CHANGE.grants());

	@Override
	public String module() {
		return "funding";
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(CHANGE);
	}
}
