package eu.jcohub.support.matrix;

import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/** Every module's part of a cross-module test, found on the class path, in their order. */
public final class ModuleParts {

	private ModuleParts() {
	}

	public static <T> List<T> of(Class<T> type, ToIntFunction<T> order) {
		var scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AssignableTypeFilter(type));
		return scanner.findCandidateComponents("eu.jcohub").stream()
			.map(definition -> instantiate(type, definition.getBeanClassName()))
			.sorted(Comparator.comparingInt(order).thenComparing(part -> part.getClass().getName()))
			.toList();
	}

	private static <T> T instantiate(Class<T> type, String className) {
		try {
			var constructor = Class.forName(className).getDeclaredConstructor();
			constructor.setAccessible(true);
			return type.cast(constructor.newInstance());
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException(className + " needs a constructor without arguments", e);
		}
	}
}
