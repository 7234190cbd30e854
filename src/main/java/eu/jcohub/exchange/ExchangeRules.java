package eu.jcohub.exchange;

import eu.jcohub.access.AccessRule;
import eu.jcohub.access.AccessRules;
import eu.jcohub.access.Relation;
import eu.jcohub.access.Role;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Who may follow another body's published calendar: whoever may table operations for its organiser — the
 * secretariat and the facilitator for any, a body's own planners and observers for their own. The same people
 * see the subscription, its history and its failures.
 */
@Component
public class ExchangeRules implements AccessRules {

	/** Registering, reading and pulling a subscription (the record is the subscription's organiser's). */
	public static final AccessRule SUBSCRIBE = AccessRule.named("exchange.subscribe")
		.grant(EnumSet.of(Role.SECRETARIAT, Role.FACILITATOR), Relation.ANYONE)
		.grant(Arrays.stream(Role.values()).filter(Role::mayTableOperations)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class))), Relation.OWNER)
		.build();

	@Override
	public String module() {
		return "exchange";
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(SUBSCRIBE);
	}
}
