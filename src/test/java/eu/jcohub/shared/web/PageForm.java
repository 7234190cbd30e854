package eu.jcohub.shared.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/** A form of a page as a browser sees it: where it goes, its fields and what each holds. */
record PageForm(String action, String method, boolean multipart, Element element) {

	/** Field types whose value the user types (a file or a choice is picked, a hidden value is the page's). */
	private static final Set<String> TYPED = Set.of("text", "search", "email", "tel", "url", "password", "date",
			"number");

	static List<PageForm> of(Document page, String path) {
		var forms = new ArrayList<PageForm>();
		for (var form : page.select("main form")) {
			var action = form.attr("action").isBlank() ? path : form.attr("action");
			forms.add(new PageForm(action, form.attr("method").isBlank() ? "get" : form.attr("method").toLowerCase(Locale.ROOT),
					form.attr("enctype").equalsIgnoreCase("multipart/form-data"), form));
		}
		return forms;
	}

	/** The same form in another answer: the same action and the same hidden values (which tell forms apart). */
	@Nullable PageForm in(Document page, String path) {
		return of(page, path).stream()
			.filter(other -> other.action.equals(action) && other.hidden().equals(hidden()))
			.findFirst()
			.orElse(null);
	}

	List<Element> typedFields() {
		return element.select("input[name], textarea[name]").stream()
			.filter(field -> field.tagName().equals("textarea") || TYPED.contains(type(field)))
			.toList();
	}

	/** What the form holds as shown, field by field, as a browser would send it. */
	Map<String, List<String>> values() {
		var values = new LinkedHashMap<String, List<String>>();
		for (var field : element.select("input[name], textarea[name], select[name]")) {
			var name = field.attr("name");
			var list = values.computeIfAbsent(name, key -> new ArrayList<>());
			switch (field.tagName()) {
				case "textarea" -> list.add(field.wholeText().replaceFirst("^\r?\n", ""));
				case "select" -> list.addAll(selected(field));
				default -> {
					var type = type(field);
					if (type.equals("checkbox") || type.equals("radio")) {
						if (field.hasAttr("checked")) {
							list.add(field.attr("value"));
						}
					}
					else if (!type.equals("file") && !type.equals("submit") && !type.equals("button")) {
						list.add(field.attr("value"));
					}
				}
			}
		}
		return values;
	}

	/** The options a select shows as chosen; a single select with none marked shows its first. */
	static List<String> selected(Element select) {
		var chosen = select.select("option[selected]").stream().map(option -> option.attr("value")).toList();
		if (!chosen.isEmpty() || select.hasAttr("multiple")) {
			return chosen;
		}
		var first = select.selectFirst("option");
		return first == null ? List.of() : List.of(first.attr("value"));
	}

	Map<String, String> hidden() {
		var hidden = new LinkedHashMap<String, String>();
		element.select("input[type=hidden][name]").stream()
			.filter(field -> !field.attr("name").equals("_csrf") && !field.attr("name").equals("version"))
			.forEach(field -> hidden.put(field.attr("name"), field.attr("value")));
		return hidden;
	}

	@Nullable Element field(String name) {
		return element.select("[name]").stream().filter(field -> field.attr("name").equals(name)).findFirst().orElse(null);
	}

	static String type(Element field) {
		return field.tagName().equals("input") ? field.attr("type").isBlank() ? "text"
				: field.attr("type").toLowerCase(Locale.ROOT) : field.tagName();
	}

	@Override
	public String toString() {
		return method.toUpperCase(Locale.ROOT) + " " + action;
	}
}
