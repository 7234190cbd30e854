package eu.jcohub.analytics;

import eu.jcohub.access.AccessRule;
import eu.jcohub.access.AccessRules;
import eu.jcohub.access.Relation;
import eu.jcohub.access.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who reads the analytics: everyone who plans, coordinates, analyses or observes operations, but not field officers
 * (they report, they need no overview) nor the technical administrators. What each reader is shown is limited
 * further by the figures themselves: calendar figures count every operation, detail figures only those whose
 * details the reader may see.
 */
@Component
public class AnalyticsRules implements AccessRules {

	static final Set<Role> READERS = EnumSet.complementOf(EnumSet.of(Role.FIELD_OFFICER, Role.ADMIN));

	/** Reading the overview, an administration's share and their downloads. */
	public static final AccessRule READ = AccessRule.named("analytics.read")
		.grant(READERS, Relation.ANYONE)
		.build();

	@Override
	public String module() {
		return "analytics";
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(READ);
	}
}
