package eu.jcohub.shared.db;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True unless an external database is configured ({@code jcohub.db.url} / {@code JCOHUB_DB_URL}). */
class EmbeddedDatabaseCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		var url = context.getEnvironment().getProperty("jcohub.db.url", "");
		return url.isBlank();
	}
}
