package eu.jcohub.accounts.web;

import eu.jcohub.shared.db.DemoMode;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether the API description (/v3/api-docs, Swagger UI) answers without sign-in. It lists every operation and
 * schema, personal-data fields included: a map for an attacker, so outside the demo only those signed in read it,
 * unless {@code JCOHUB_PUBLIC_API_DOCS=true} opens it on purpose.
 */
@Component
class ApiDocsAccess {

	private final boolean open;

	ApiDocsAccess(Environment environment, DemoMode demo) {
		var explicit = environment.getProperty("jcohub.public-api-docs", "");
		this.open = explicit.isBlank() ? demo.enabled() : Boolean.parseBoolean(explicit.strip());
	}

	boolean open() {
		return open;
	}
}
