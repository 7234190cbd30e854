package eu.jcohub.accounts;

import eu.jcohub.access.CurrentUser;
import eu.jcohub.access.Role;

import eu.jcohub.shared.db.DemoMode;
import java.util.Locale;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether administrators must sign in with a second factor: {@code jcohub.security.admin-second-factor} is
 * {@code required} or {@code optional}; left empty it is required, except in the demo (whose accounts share a
 * published password anyway).
 */
@Component
public class SecondFactorPolicy {

	static final String PROPERTY = "jcohub.security.admin-second-factor";
	private final boolean requiredForAdministrators;

	SecondFactorPolicy(Environment environment, DemoMode demo) {
		var value = environment.getProperty(PROPERTY, "").strip().toLowerCase(Locale.ROOT);
		this.requiredForAdministrators = switch (value) {
			case "" -> !demo.enabled();
			case "required" -> true;
			case "optional" -> false;
			default -> throw new IllegalStateException(PROPERTY + " must be 'required' or 'optional', not '" + value + "'");
		};
	}

	/** Whether this user must have a second factor (and may not switch it off). */
	public boolean requiredFor(CurrentUser user) {
		return requiredForAdministrators && user.has(Role.ADMIN);
	}
}
