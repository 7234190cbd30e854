package eu.jcohub.support;

import java.util.TreeSet;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every page and endpoint that answers GET, from the controller mappings, and a path to call each with. */
public final class GetEndpoints {

	private GetEndpoints() {
	}

	public static TreeSet<String> patterns(RequestMappingHandlerMapping mappings) {
		var patterns = new TreeSet<String>();
		mappings.getHandlerMethods().keySet().forEach(info -> {
			var methods = info.getMethodsCondition().getMethods();
			if (methods.isEmpty() || methods.stream().anyMatch(m -> m.name().equals("GET"))) {
				patterns.addAll(info.getPathPatternsCondition().getPatternValues());
			}
		});
		return patterns;
	}

	/** The pattern with real ids: a seizure report's for seizure paths, else the operation's. */
	public static String path(String pattern, String operation, String other, String seizure) {
		var path = pattern.replace("{kind}", "countries").replace("{category}", "PERSON").replace("{other}", other);
		return path.startsWith("/seizures/") || path.startsWith("/api/seizures/") ? path.replace("{id}", seizure)
				: path.replace("{id}", operation);
	}
}
