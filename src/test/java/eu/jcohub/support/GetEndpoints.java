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

	/** The pattern with an operation's id for {@code {id}} and another's for {@code {other}}. */
	public static String path(String pattern, String operation, String other) {
		return pattern.replace("{other}", other).replace("{id}", operation);
	}
}
