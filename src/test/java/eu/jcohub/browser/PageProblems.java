package eu.jcohub.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a newcomer must not meet on a page, read from the page as the browser shows it: a server error, a code or
 * an enum name where words belong, an id in the text, a Java name, a page wider than a phone, an error in the
 * console, a form the browser cannot check or that sends itself with a required field empty.
 */
final class PageProblems {

	/** An enum name or code in capitals joined by underscores: JCO_REGIONAL, OWNER_ONLY, MARITIME_RORO. */
	private static final Pattern UPPER_SNAKE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");
	private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
	/** A Java package, class or exception name: java.math.BigDecimal, org.springframework…, Resolution$Kind. */
	private static final Pattern JAVA = Pattern.compile("\\b(?:java|javax|jakarta)\\.[a-z][\\w.$]*|\\b(?:org\\.springframework|eu\\.jcohub)[\\w.$]*"
			+ "|\\w*Exception\\b|\\w+\\$[A-Z]\\w*");

	/**
	 * Reads the page: its visible text and the texts of its elements, how wide it is, and its forms with required
	 * fields. Returns a map of plain values.
	 */
	private static final String READ = """
			var navigation = performance.getEntriesByType('navigation')[0];
			var page = { status: navigation ? navigation.responseStatus : 0, width: window.innerWidth,
			  address: location.href.split('#')[0], html: document.contentType === 'text/html'
			  && location.protocol !== 'chrome-error:' };
			if (!page.html) { return page; }
			var visible = function (e) { return e.checkVisibility ? e.checkVisibility() : e.offsetParent !== null; };
			var leaves = [];
			var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			for (var n = walker.nextNode(); n; n = walker.nextNode()) {
			  var t = n.textContent.trim();
			  if (t && visible(n.parentElement)) { leaves.push(t); }
			}
			var root = document.documentElement;
			var wide = [];
			if (root.scrollWidth > root.clientWidth) {
			  var scrolls = function (e) {
			    for (var p = e.parentElement; p && p !== document.body; p = p.parentElement) {
			      var x = getComputedStyle(p).overflowX;
			      if (x === 'auto' || x === 'scroll' || x === 'hidden' || x === 'clip') { return true; }
			    }
			    return false;
			  };
			  document.querySelectorAll('body *').forEach(function (e) {
			    var r = e.getBoundingClientRect();
			    if (r.right > root.clientWidth + 1 && visible(e) && !scrolls(e) && wide.length < 3) {
			      wide.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined
			          ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '') + ' (right edge ' + Math.round(r.right) + ')');
			    }
			  });
			}
			var forms = [];
			document.querySelectorAll('form').forEach(function (f) {
			  var required = Array.prototype.filter.call(f.elements, function (e) { return e.required; });
			  forms.push({ action: f.getAttribute('action') || '', method: (f.getAttribute('method') || 'get').toLowerCase(),
			    noValidate: f.noValidate, required: required.length,
			    hiddenRequired: required.filter(function (e) { return !visible(e) && e.type !== 'hidden'; })
			      .map(function (e) { return e.name || e.id; }) });
			});
			page.text = document.body.innerText;
			page.leaves = leaves;
			page.scrollWidth = root.scrollWidth;
			page.clientWidth = root.clientWidth;
			page.wide = wide;
			page.forms = forms;
			return page;
			""";

	/**
	 * Empties the first required field of the form that the user can empty and presses the form's submit button,
	 * as a user would: the browser must refuse, with a message of its own, and send nothing. Returns the field, the
	 * browser's message and whether the form was sent; null if the form has no such field.
	 */
	private static final String SUBMIT_EMPTY = """
			var index = arguments[0];
			var f = document.querySelectorAll('form')[index];
			var field = Array.prototype.find.call(f.elements, function (e) {
			  return e.required && e.type !== 'hidden' && e.type !== 'checkbox' && e.type !== 'radio' && e.checkVisibility();
			});
			if (!field) { return null; }
			field.value = '';
			if (field.type === 'file') { field.value = null; }
			var sent = false;
			// Sent means the browser let the form go; the listener then stops it, so that the walk changes nothing.
			var stop = function (event) { sent = true; event.preventDefault(); };
			f.addEventListener('submit', stop);
			var button = f.querySelector('button[type=submit], button:not([type]), input[type=submit]');
			if (button) { button.click(); } else { f.requestSubmit(); }
			f.removeEventListener('submit', stop);
			return { field: field.name || field.id, message: field.validationMessage, sent: sent };
			""";

	private final Set<String> codes;

	/** @param codes enum names and reference codes that must not stand alone as an element's text */
	PageProblems(Set<String> codes) {
		this.codes = codes;
	}

	/**
	 * What the page the window shows has wrong, and which of its forms have a required field (by their index among
	 * the page's forms); {@code phone} when the window is as narrow as a phone.
	 */
	Reading read(BrowserWindow window, boolean phone) {
		@SuppressWarnings("unchecked")
		var page = (Map<String, Object>) window.script(READ);
		var address = (String) page.get("address");
		var where = window.path() + " at " + page.get("width") + " px: ";
		var problems = new ArrayList<String>();
		var status = ((Number) page.get("status")).intValue();
		if (status >= 500) {
			problems.add(where + "HTTP " + status);
		}
		// The page's own refusal (a 403 or 404 page) is logged as a resource that failed to load: that is no error.
		window.consoleErrors().stream()
			.filter(error -> !error.startsWith(address + " - Failed to load resource: the server responded with a status of "))
			.forEach(error -> problems.add(where + "console error " + error));
		if (!Boolean.TRUE.equals(page.get("html"))) {
			return new Reading(false, problems, List.of());
		}
		var text = (String) page.get("text");
		find(UPPER_SNAKE, text).forEach(code -> problems.add(where + "raw code " + code));
		find(UUID, text).forEach(id -> problems.add(where + "id in the text " + id));
		find(JAVA, text).forEach(name -> problems.add(where + "Java name " + name));
		((List<?>) page.get("leaves")).stream().map(String::valueOf).filter(codes::contains).distinct()
			.forEach(code -> problems.add(where + "code instead of words " + code));
		if (phone && ((Number) page.get("scrollWidth")).intValue() > ((Number) page.get("clientWidth")).intValue()) {
			problems.add(where + "wider than the phone (" + page.get("scrollWidth") + " px): " + page.get("wide"));
		}
		var withRequiredFields = new ArrayList<Integer>();
		var forms = (List<?>) page.get("forms");
		for (int i = 0; i < forms.size(); i++) {
			var form = (Map<?, ?>) forms.get(i);
			if (Boolean.TRUE.equals(form.get("noValidate"))) {
				problems.add(where + "the form " + form.get("action") + " turns the browser's validation off (novalidate)");
			}
			if (!((List<?>) form.get("hiddenRequired")).isEmpty()) {
				problems.add(where + "the form " + form.get("action") + " requires fields no one can see: "
						+ form.get("hiddenRequired"));
			}
			if (((Number) form.get("required")).intValue() > 0) {
				withRequiredFields.add(i);
			}
		}
		return new Reading(true, problems, withRequiredFields);
	}

	/**
	 * Empties a required field of the page's form and sends it: the problem if the browser let it go or gave no
	 * message; nothing if it stopped it. Leaves the page as it is (a refused form) for the next form.
	 */
	static List<String> sendWithARequiredFieldEmpty(BrowserWindow window, int form) {
		var where = window.path() + " at " + window.width() + " px, form " + form + ": ";
		var document = window.document();
		var answer = (Map<?, ?>) window.script(SUBMIT_EMPTY, form);
		if (answer == null) {
			return List.of();
		}
		var problems = new ArrayList<String>();
		if (Boolean.TRUE.equals(answer.get("sent")) || !window.document().equals(document)) {
			problems.add(where + "sent with " + answer.get("field") + " empty");
		}
		else if (String.valueOf(answer.get("message")).isBlank()) {
			problems.add(where + "no message of the browser for " + answer.get("field") + " left empty");
		}
		return problems;
	}

	/** Whether the page is a web page, what it has wrong, and which of its forms have a required field. */
	record Reading(boolean html, List<String> problems, List<Integer> formsWithRequiredFields) {
	}

	private static List<String> find(Pattern pattern, String text) {
		return pattern.matcher(text).results().map(match -> match.group()).distinct().toList();
	}
}
