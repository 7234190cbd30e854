package eu.jcohub.planning.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.util.MultiValueMap;

/** The rows of a form that repeats fields ({@code objectives[0].target}, {@code items[3].title}), in order. */
final class IndexedRows {

	private static final int MAX_ROWS = 200;

	private IndexedRows() {
	}

	static List<Map<String, String>> of(MultiValueMap<String, String> parameters, String name) {
		var pattern = Pattern.compile(Pattern.quote(name) + "\\[(\\d{1,3})]\\.([A-Za-z]+)");
		var rows = new TreeMap<Integer, Map<String, String>>();
		parameters.forEach((key, values) -> {
			var matcher = pattern.matcher(key);
			if (matcher.matches() && !values.isEmpty()) {
				int index = Integer.parseInt(matcher.group(1));
				if (index < MAX_ROWS) {
					rows.computeIfAbsent(index, i -> new LinkedHashMap<>()).put(matcher.group(2), values.get(0));
				}
			}
		});
		return new ArrayList<>(rows.values());
	}
}
