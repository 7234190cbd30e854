package eu.jcohub.shared.db;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether this instance runs the demo: by default with the embedded database, with an external one only
 * when {@code JCOHUB_DEMO=true}. The demo loads demo data and accounts and shows a DEMO banner on every page.
 */
@Component
public class DemoMode {

	private final boolean enabled;

	DemoMode(DatabaseProperties database, Environment environment) {
		var explicit = environment.getProperty("jcohub.demo", "");
		this.enabled = explicit.isBlank() ? !database.external() : Boolean.parseBoolean(explicit.trim());
	}

	public boolean enabled() {
		return enabled;
	}
}
