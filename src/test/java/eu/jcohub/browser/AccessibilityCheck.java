package eu.jcohub.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
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

	private static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
	private static final Set<String> FAILING = Set.of("serious", "critical");

	private final Consumer<String> report;
	private int pages;
	private long nanos;

	AccessibilityCheck(Consumer<String> report) {
		this.report = report;
	}

	/** Checks what the driver shows now; {@code page} names it in the report (path and width). */
	void check(WebDriver driver, String page) {
		// Legacy mode runs axe in the page itself: the pages have no frames, and it spares a blank window per check.
		var started = System.nanoTime();
		var results = new AxeBuilder().withTags(WCAG_A_AA).setLegacyMode(true).analyze(driver);
		nanos += System.nanoTime() - started;
		pages++;
		if (results.isErrored()) {
			report.accept("axe-core could not check " + page + ": " + results.getErrorMessage());
			return;
		}
		for (var rule : results.getViolations()) {
			for (var node : rule.getNodes()) {
				var impact = node.getImpact() != null ? node.getImpact() : rule.getImpact();
				var line = line(rule, node, impact, page);
				if (FAILING.contains(impact)) {
					report.accept(line);
				}
				else {
					System.out.println("accessibility, not failing: " + line);
				}
			}
		}
	}

	/** The page could not be checked: that fails the test as a violation would. */
	void failed(String page, RuntimeException e) {
		report.accept("axe-core could not check " + page + ": " + e);
	}

	/** How many page states this check has looked at. */
	int pages() {
		return pages;
	}

	/** The time spent in axe-core, in milliseconds. */
	long millis() {
		return nanos / 1_000_000;
	}

	private static String line(Rule rule, CheckedNode node, String impact, String page) {
		var summary = node.getFailureSummary() == null ? "" : node.getFailureSummary().replaceAll("\\s+", " ").trim();
		return "%s (%s) on %s at %s %s: %s. %s".formatted(rule.getId(), impact, page, node.getTarget(),
				shorten(node.getHtml(), 160), rule.getHelp(), shorten(summary, 300));
	}

	private static String shorten(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length) + "…";
	}
}
