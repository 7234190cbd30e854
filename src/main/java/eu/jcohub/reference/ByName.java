package eu.jcohub.reference;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Orders reference entries by the name shown. The names are kept in English, so they are compared by the
 * English rules of a {@link Collator} (accents and case after the letters: Türkiye between Tunisia and Ukraine),
 * not by their codes or by raw character values.
 */
final class ByName {

	private ByName() {
	}

	static <T> List<T> sorted(List<T> entries, Function<T, String> name) {
		var collator = Collator.getInstance(Locale.ENGLISH);
		var sorted = new ArrayList<>(entries);
		sorted.sort(Comparator.comparing(name, collator));
		return sorted;
	}

	/** Parents by name, each followed by its children by name; children of an unknown parent come last. */
	static List<Category> underParents(List<Category> categories) {
		var byName = sorted(categories, Category::name);
		var children = new LinkedHashMap<String, List<Category>>();
		byName.stream().filter(c -> c.parent() != null)
			.forEach(c -> children.computeIfAbsent(c.parent(), parent -> new ArrayList<>()).add(c));
		var ordered = new ArrayList<Category>();
		for (var parent : byName) {
			if (parent.parent() == null) {
				ordered.add(parent);
				var own = children.remove(parent.code());
				if (own != null) {
					ordered.addAll(own);
				}
			}
		}
		children.values().forEach(ordered::addAll);
		return ordered;
	}
}
