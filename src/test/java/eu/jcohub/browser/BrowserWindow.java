package eu.jcohub.browser;

import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.jspecify.annotations.Nullable;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.NoSuchWindowException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.events.EventFiringDecorator;
import org.openqa.selenium.support.events.WebDriverListener;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One Chromium window on the application, opened by {@link Browser}. Whatever loads a new document in it — an
 * address, a click on a link, a form sent — is checked for accessibility once the page has settled; a page that
 * changes in place (htmx, an opened menu) is checked when the test calls {@link #checkAccessibility()}.
 */
final class BrowserWindow {

	private static final Duration WAIT = Duration.ofSeconds(15);
	/**
	 * The page as axe-core is to check it: whether it is a web page at all (not data, not the browser's own error
	 * page) and has settled — no calendar events loading (aria-busy), no htmx request, no menu folding open —
	 * then where it is, and a fingerprint: the width and a hash of the page but for its CSRF token (new on every
	 * page), the same for two addresses that show the same page, such as two refusals.
	 */
	private static final String STATE = """
			if (document.contentType !== 'text/html' || location.protocol === 'chrome-error:') { return { html: false }; }
			var busy = '[aria-busy=true], .htmx-request, .htmx-settling, .htmx-swapping, .collapsing';
			if (document.readyState !== 'complete' || document.querySelector(busy)) { return { html: true, settled: false }; }
			var html = document.documentElement.outerHTML.replace(/(name="_csrf"[^>]*?(?:value|content)=")[^"]*/g, '$1');
			var hash = 2166136261;
			for (var i = 0; i < html.length; i++) { hash = Math.imul(hash ^ html.charCodeAt(i), 16777619); }
			window.jcohubChecked = true;
			var address = location.protocol.indexOf('http') === 0 ? location.pathname + location.search
			    : location.href.substring(0, 60) + '…';
			return { html: true, settled: true, where: address + ' at ' + window.innerWidth + ' px',
			  fingerprint: window.innerWidth + ':' + html.length + ':' + (hash >>> 0).toString(16) };
			""";

	private final ChromeDriver chrome;
	private final WebDriver driver;
	private final int port;
	private final AccessibilityCheck accessibility;

	BrowserWindow(ChromeDriver chrome, int port, AccessibilityCheck accessibility) {
		this.chrome = chrome;
		this.port = port;
		this.accessibility = accessibility;
		this.driver = new EventFiringDecorator<>(WebDriver.class, new NewDocuments()).decorate(chrome);
		size(1366, 900);
	}

	/** The window's driver: what a test does through it is watched for new documents. */
	WebDriver driver() {
		return driver;
	}

	/**
	 * Makes the browser fail every request whose address matches one of the patterns (* for any characters), as a
	 * lost connection would; none given: every request goes through again.
	 */
	void block(String... patterns) {
		chrome.executeCdpCommand("Network.enable", java.util.Map.of());
		chrome.executeCdpCommand("Network.setBlockedURLs", java.util.Map.of("urls", java.util.List.of(patterns)));
	}

	/** A wait of up to 15 s that looks again when the page it was reading has been replaced meanwhile. */
	WebDriverWait waiting() {
		var wait = new WebDriverWait(driver, WAIT);
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

	void get(String path) {
		driver.get(url(path));
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** The path and query of the page shown; the address itself for a page not from the application. */
	String path() {
		var address = chrome.getCurrentUrl();
		if (!address.startsWith(url("/"))) {
			return address.length() > 60 ? address.substring(0, 60) + "…" : address;
		}
		var uri = URI.create(address);
		return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
	}

	void size(int width, int height) {
		chrome.manage().window().setSize(new Dimension(width, height));
	}

	/** The width of the window's viewport in CSS pixels, scroll bar included, as a phone's width is given. */
	int width() {
		return number("return window.innerWidth");
	}

	/** Signs in through the sign-in page with the tests' password. */
	void signIn(String username, String password) {
		signIn(username, password, null);
	}

	/** Signs in with an authenticator code as well, as an account with a second factor must. */
	void signIn(String username, String password, @Nullable String code) {
		get("/login");
		type("username", username);
		type("password", password);
		if (code != null) {
			type("code", code);
		}
		driver.findElement(By.cssSelector("main button[type=submit]")).click();
		waiting().until(d -> !path().startsWith("/login"));
	}

	void type(String id, String text) {
		WebElement field = driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	/** Clicks the element of the id after scrolling it into the middle of the window, where nothing covers it. */
	WebElement click(String id) {
		return click(By.id(id));
	}

	/**
	 * Clicks an element after scrolling it into the middle of the window, where nothing covers it; once more, a
	 * moment later, if the page was still moving (the browser scrolling to a field it refused, say).
	 */
	WebElement click(By by) {
		var element = driver.findElement(by);
		chrome.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		try {
			element.click();
		}
		catch (ElementClickInterceptedException moving) {
			sleep(Duration.ofMillis(300));
			chrome.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
			element.click();
		}
		return element;
	}

	/** Ticks a checkbox as a user would, and sees it ticked. */
	void check(String id) {
		if (!click(id).isSelected()) {
			throw new AssertionError(id + " is not ticked after a click");
		}
	}

	/** Sets a date input the way a date picker does, then tells listeners it changed. */
	void date(String id, String isoDate) {
		chrome.executeScript("arguments[0].value = arguments[1]; "
				+ "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", driver.findElement(By.id(id)), isoDate);
	}

	void select(String id, String value) {
		new Select(driver.findElement(By.id(id))).selectByValue(value);
	}

	WebElement visible(By by) {
		return waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	Object script(String script, Object... arguments) {
		return chrome.executeScript(script, arguments);
	}

	/** A mark of the document shown: the same after anything that did not load a new page. */
	String document() {
		return (String) chrome.executeScript(
				"return window.jcohubDocument || (window.jcohubDocument = String(Math.random()).substring(2))");
	}

	/** The errors written to the console since the last call. */
	List<String> consoleErrors() {
		return chrome.manage().logs().get(LogType.BROWSER).getAll().stream()
			.filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.toList();
	}

	/** Checks the page as it is now with axe-core, once it has settled (for up to 10 s). */
	void checkAccessibility() {
		var deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		var state = (Map<?, ?>) chrome.executeScript(STATE);
		while (Boolean.FALSE.equals(state.get("settled")) && System.nanoTime() < deadline) {
			sleep(Duration.ofMillis(100));
			state = (Map<?, ?>) chrome.executeScript(STATE);
		}
		if (Boolean.FALSE.equals(state.get("html"))) {
			return;
		}
		if (Boolean.FALSE.equals(state.get("settled"))) {
			throw new IllegalStateException("Still busy after 10 s: " + path());
		}
		accessibility.check(chrome, (String) state.get("where"), (String) state.get("fingerprint"));
	}

	/** How many pages this window has had checked by axe-core, the same page again included. */
	int accessibilityChecks() {
		return accessibility.looked();
	}

	/** How many different pages (or states of a page) axe-core has checked in this window. */
	int distinctPagesChecked() {
		return accessibility.distinct();
	}

	/** How long axe-core took over them, in milliseconds. */
	long accessibilityMillis() {
		return accessibility.millis();
	}

	void screenshot(Path file) {
		try {
			Files.copy(chrome.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	void close() {
		chrome.quit();
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private int number(String script) {
		return ((Number) chrome.executeScript(script)).intValue();
	}

	private void checkIfNewDocument() {
		try {
			if (!Boolean.TRUE.equals(chrome.executeScript("return window.jcohubChecked === true"))) {
				checkAccessibility();
			}
		}
		catch (UnhandledAlertException | NoSuchWindowException e) {
			// A dialog is open or the window is gone: there is no page to check.
		}
		catch (RuntimeException e) {
			// Thrown here, inside the driver's listener, it would only be logged: report it as a failure instead.
			accessibility.failed(path(), e);
		}
	}

	/**
	 * Checks each new document the window loads, whatever loaded it. Public: the driver's decorator calls it by
	 * reflection.
	 */
	public final class NewDocuments implements WebDriverListener {

		@Override
		public void afterGet(WebDriver driver, String url) {
			checkIfNewDocument();
		}

		@Override
		public void afterClick(WebElement element) {
			checkIfNewDocument();
		}

		@Override
		public void afterSubmit(WebElement element) {
			checkIfNewDocument();
		}

		@Override
		public void afterSendKeys(WebElement element, CharSequence... keysToSend) {
			checkIfNewDocument();
		}

		@Override
		public void afterTo(WebDriver.Navigation navigation, String url) {
			checkIfNewDocument();
		}

		@Override
		public void afterTo(WebDriver.Navigation navigation, URL url) {
			checkIfNewDocument();
		}

		@Override
		public void afterBack(WebDriver.Navigation navigation) {
			checkIfNewDocument();
		}

		@Override
		public void afterForward(WebDriver.Navigation navigation) {
			checkIfNewDocument();
		}

		@Override
		public void afterRefresh(WebDriver.Navigation navigation) {
			checkIfNewDocument();
		}
	}
}
