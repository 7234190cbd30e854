package eu.jcohub.browser;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.openqa.selenium.WebDriver;

/**
 * axe-core on the page a browser window shows, against the WCAG 2.0 and 2.1 A and AA rules. A serious or
 * critical violation is reported as one line naming the rule, the page, the element and what is wrong; moderate
 * and minor ones are printed, for the record, without failing anything.
 */
final class AccessibilityCheck {

	private static final AxeRunOptions OPTIONS = options();
	private static final Set<String> FAILING = Set.of("serious", "critical");

	private final Consumer<String> report;
	private final Set<String> checked = new HashSet<>();
	private int looked;
	private long nanos;

	AccessibilityCheck(Consumer<String> report) {
		this.report = report;
	}

	/**
	 * Checks what the driver shows now, unless the same page at the same width (the same fingerprint) was checked
	 * already; {@code page} names it in the report (path and width).
	 */
	void check(WebDriver driver, String page, String fingerprint) {
		looked++;
		if (!checked.add(fingerprint)) {
			return;
		}
		var started = System.nanoTime();
		var results = new AxeBuilder().withOptions(OPTIONS).setLegacyMode(true).analyze(driver);
		nanos += System.nanoTime() - started;
		if (results.isErrored()) {
			report.accept("axe-core could not check " + page + ": " + results.getErrorMessage());
			return;
		}
		for (var rule : results.getViolations()) {
			var failing = rule.getNodes().stream().filter(node -> FAILING.contains(impact(rule, node))).toList();
			if (!failing.isEmpty()) {
				report.accept(line(rule, failing, page));
			}
			var others = rule.getNodes().stream().filter(node -> !FAILING.contains(impact(rule, node))).toList();
			if (!others.isEmpty()) {
				System.out.println("accessibility, not failing: " + line(rule, others, page));
			}
		}
	}

	/**
	 * The WCAG 2.0 and 2.1 A and AA rules, reporting violations only (axe-core spends its time on the passes
	 * otherwise). Legacy mode (below) runs axe in the page itself: the pages have no frames, and it spares a blank
	 * window per check.
	 */
	private static AxeRunOptions options() {
		var only = new AxeRunOnlyOptions();
		only.setType("tag");
		only.setValues(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"));
		var options = new AxeRunOptions();
		options.setRunOnly(only);
		options.setResultTypes(List.of("violations"));
		return options;
	}

	/** The page could not be checked: that fails the test as a violation would. */
	void failed(String page, RuntimeException e) {
		report.accept("axe-core could not check " + page + ": " + e);
	}

	/** How many pages this check has been shown, the same page again included. */
	int looked() {
		return looked;
	}

	/** How many different pages (and states of a page) axe-core has checked. */
	int distinct() {
		return checked.size();
	}

	/** The time spent in axe-core, in milliseconds. */
	long millis() {
		return nanos / 1_000_000;
	}

	/** The rule, its impact, the page, each element by its selector, and what is wrong with the first one. */
	private static String line(Rule rule, List<CheckedNode> nodes, String page) {
		var first = nodes.get(0);
		var summary = first.getFailureSummary() == null ? "" : first.getFailureSummary().replaceAll("\\s+", " ").trim();
		var targets = nodes.stream().map(node -> String.valueOf(node.getTarget())).limit(5).toList();
		return "%s (%s) on %s: %s. %d element%s: %s%s; the first, %s: %s".formatted(rule.getId(), impact(rule, first), page,
				rule.getHelp(), nodes.size(), nodes.size() == 1 ? "" : "s", String.join(", ", targets),
				nodes.size() > targets.size() ? ", …" : "", shorten(first.getHtml(), 160), shorten(summary, 300));
	}

	private static String impact(Rule rule, CheckedNode node) {
		return node.getImpact() != null ? node.getImpact() : rule.getImpact();
	}

	private static String shorten(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length) + "…";
	}
}
