package eu.jcohub.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium for the browser tests, as a JUnit extension that every browser test registers:
 * {@code @RegisterExtension final Browser browser = new Browser();} then {@code browser.open(port)} for each window
 * the test needs.
 * <ul>
 * <li>Where Chromium is missing the test is skipped with a message, unless {@code JCOHUB_REQUIRE_BROWSER=true}
 * (as on CI), where it fails.</li>
 * <li>axe-core checks every page a window shows against the WCAG 2.0 and 2.1 A and AA rules (see
 * {@link AccessibilityCheck}); after the test, any serious or critical violation fails it, naming the rule, the
 * page, the width and the element.</li>
 * <li>When a test fails, each open window is saved as a screenshot under {@code target/browser-screenshots}.</li>
 * </ul>
 * The windows and violations belong to the thread the test runs on, so that the invocations of a test class that
 * runs them concurrently (JUnit runs each invocation and its callbacks on one thread) keep theirs apart.
 */
final class Browser implements BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
	private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

	private final ThreadLocal<List<BrowserWindow>> windows = ThreadLocal.withInitial(ArrayList::new);
	private final ThreadLocal<Set<String>> violations = ThreadLocal.withInitial(LinkedHashSet::new);

	@Override
	public void beforeEach(ExtensionContext context) {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!installed && "true".equals(System.getenv("JCOHUB_REQUIRE_BROWSER"))) {
			throw new IllegalStateException("JCOHUB_REQUIRE_BROWSER=true but Chromium is not installed: "
					+ CHROMIUM + " and " + CHROMEDRIVER + " are needed");
		}
		Assumptions.assumeTrue(installed, "Chromium not installed: " + CHROMIUM + " and " + CHROMEDRIVER
				+ " are needed; skipping browser test");
	}

	/** A new window of 1,366 × 900 pixels on the application at the port. */
	BrowserWindow open(int port) {
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
		var options = new ChromeOptions();
		options.setBinary(CHROMIUM.toString());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				// As a user who asks for less motion: no smooth scrolling that moves a button while it is clicked.
				"--force-prefers-reduced-motion");
		// The console, read for errors by the tests that ask for it.
		var logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		var chrome = new ChromeDriver(options);
		// axe-core reads a long page (the access matrix) for many seconds on a busy machine: it is a check, not a race.
		chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
		var window = new BrowserWindow(chrome, port, new AccessibilityCheck(violations.get()::add));
		windows.get().add(window);
		return window;
	}

	/** The serious and critical violations found so far, one line each, taken: the test will not fail on them. */
	List<String> takeViolations() {
		var taken = List.copyOf(violations.get());
		violations.get().clear();
		return taken;
	}

	@Override
	public void afterTestExecution(ExtensionContext context) throws Exception {
		if (context.getExecutionException().isEmpty()) {
			return;
		}
		Files.createDirectories(SCREENSHOTS);
		var windows = this.windows.get();
		for (int i = 0; i < windows.size(); i++) {
			var file = SCREENSHOTS.resolve(context.getRequiredTestClass().getSimpleName() + "-"
					+ context.getRequiredTestMethod().getName() + "-" + context.getUniqueId().hashCode() + "-" + i + ".png");
			try {
				windows.get(i).screenshot(file);
				System.err.println("Screenshot of the failed test's window " + i + " (" + windows.get(i).path() + "): "
						+ file.toAbsolutePath());
			}
			catch (RuntimeException e) {
				System.err.println("No screenshot of window " + i + ": " + e.getMessage());
			}
		}
	}

	@Override
	public void afterEach(ExtensionContext context) {
		windows.get().forEach(BrowserWindow::close);
		windows.remove();
		var found = List.copyOf(violations.get());
		violations.remove();
		// Thrown after a failure too: JUnit keeps it beside the failure, so both are read at once.
		if (!found.isEmpty()) {
			throw new AssertionError(found.size() + " serious or critical accessibility violations (axe-core, WCAG 2.1 "
					+ "A and AA):\n" + String.join("\n", found));
		}
	}
}
