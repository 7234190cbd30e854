package eu.jcohub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.access.Role;
import eu.jcohub.reference.Category;
import eu.jcohub.reference.ReferenceData;
import eu.jcohub.support.Api;
import eu.jcohub.support.GetEndpoints;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.Plans;
import eu.jcohub.support.TestAccounts;
import eu.jcohub.support.matrix.IsolationPart;
import eu.jcohub.support.matrix.IsolationScenario;
import eu.jcohub.support.matrix.ModuleParts;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A newcomer's walk through every page of the application — the GET mappings of the controllers, so that a new
 * page is walked without editing this test, with real records in their paths as each module's
 * {@link IsolationPart} makes them — as each kind of user, at 1,400 px and at 390 px. Every page answers without a
 * server error, reads in words (no code, no enum name, no id, no Java name), is no wider than a phone, writes no
 * error to the console and passes axe-core (through {@link Browser}); every form on it lets the browser check it,
 * and the browser stops it, with its own message, when a required field is empty.
 * <p>
 * The kinds of user walk two at a time, each in its own browser: a browser waits on the server about as long as
 * the server works for it, so two walks keep both cores busy.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Execution(ExecutionMode.CONCURRENT)
class EveryPageBrowserTests {

	private static final List<String> NOT_PAGES = List.of("/api/", "/v3/", "/swagger", "/error", "/actuator");
	/** What someone not signed in can open: every other page sends them to sign in. */
	private static final List<String> SIGNED_OUT = List.of("/login", "/login?error", "/login?logout", "/calendar");
	private static final List<Size> SIZES = List.of(new Size(1400, 900), new Size(390, 844));

	@RegisterExtension
	final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ApplicationContext context;

	@Autowired
	ReferenceData reference;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private final List<String> pages = new ArrayList<>();
	private final AtomicInteger views = new AtomicInteger();
	private final AtomicInteger visitors = new AtomicInteger();
	private final AtomicInteger formsSentEmpty = new AtomicInteger();
	private final AtomicInteger axeChecks = new AtomicInteger();
	private final AtomicLong axeMillis = new AtomicLong();
	private PageProblems problems = new PageProblems(Set.of());
	private long started;

	/**
	 * Operation P of Danish customs, with Finland taking part, which another Danish operation overlaps; a seizure
	 * report on P by a Danish field officer, naming a person; and each module's records on P.
	 */
	@BeforeAll
	void records() {
		started = System.nanoTime();
		var leader = accounts.leaderDk();
		var officer = accounts.ensure("t.walk.officer.dk", "DK-CUSTOMS", Role.FIELD_OFFICER);
		var start = LocalDate.now().minusDays(10);
		var operation = operation(leader, "WALK NORTHERN LIGHT", start);
		var other = operation(leader, "WALK SOUTHERN CROSS", start.plusDays(2));
		var scenario = new IsolationScenario(context, port);
		scenario.name("A", other);
		scenario.name("B", operation);
		scenario.name("B.name", "WALK NORTHERN LIGHT");
		scenario.name("B.officer", officer);
		var parts = ModuleParts.of(IsolationPart.class, IsolationPart::isolationOrder);
		parts.forEach(part -> part.prepare(scenario));
		for (var pattern : GetEndpoints.patterns(mappings)) {
			if (NOT_PAGES.stream().noneMatch(pattern::startsWith)) {
				pages.add(parts.stream().flatMap(part -> part.path(pattern, scenario).stream()).findFirst()
					.orElseGet(() -> GetEndpoints.path(pattern, operation, other)));
			}
		}
		pages.add("/no-such-page");
		problems = new PageProblems(codes());
	}

	Stream<Visitor> visitors() {
		return Stream.of(
				new Visitor("someone not signed in", null),
				new Visitor("the secretariat", window -> window.signIn(accounts.secretariat(), TestAccounts.PASSWORD)),
				new Visitor("the operation's leader", window -> window.signIn(accounts.leaderDk(), TestAccounts.PASSWORD)),
				new Visitor("a field officer of the organiser", window -> window.signIn("t.walk.officer.dk", TestAccounts.PASSWORD)),
				new Visitor("a participant's coordinator", window -> window.signIn(accounts.coordinatorFi(), TestAccounts.PASSWORD)),
				new Visitor("a partner observer", window -> window.signIn(accounts.observerFrontex(), TestAccounts.PASSWORD)),
				new Visitor("an administrator with a second factor", window -> {
					var admin = accounts.admin("t.walk.admin");
					window.signIn(admin, TestAccounts.PASSWORD, accounts.totpCode(admin));
				}));
	}

	@ParameterizedTest(name = "as {0}")
	@MethodSource("visitors")
	void everyPageReadsInWordsFitsAPhoneAndPassesAxe(Visitor visitor) {
		var window = browser.open(port);
		if (visitor.signIn() != null) {
			visitor.signIn().accept(window);
		}
		var found = new ArrayList<String>();
		var formsSeen = new TreeSet<String>();
		var htmlViews = 0;
		for (var size : SIZES) {
			window.size(size.width(), size.height());
			if (visitor.signedIn()) {
				openTheMenus(window);
			}
			for (var page : visitor.signedIn() ? pages : SIGNED_OUT) {
				window.get(page);
				views.incrementAndGet();
				var reading = problems.read(window, size.width() < 500);
				htmlViews += reading.html() ? 1 : 0;
				found.addAll(reading.problems());
				for (var form : reading.formsWithRequiredFields()) {
					// Once per form and user: the browser's check does not depend on the width.
					if (formsSeen.add(window.path().replaceAll("[0-9a-f-]{36}", "{id}") + "#" + form)) {
						found.addAll(PageProblems.sendWithARequiredFieldEmpty(window, form));
						formsSentEmpty.incrementAndGet();
					}
				}
			}
		}
		visitors.incrementAndGet();
		axeChecks.addAndGet(window.distinctPagesChecked());
		axeMillis.addAndGet(window.accessibilityMillis());
		assertThat(window.accessibilityChecks()).as("axe-core was shown every page at both widths")
			.isGreaterThanOrEqualTo(htmlViews);
		assertThat(found).as("what %s meets", visitor.kind()).isEmpty();
	}

	@AfterAll
	void count() {
		System.out.printf("Walked %d pages at %d widths as %d kinds of user: %d page views; axe-core checked %d different "
				+ "pages and states in %d s; %d forms stopped by the browser with a required field empty; %d s in all%n", pages.size(),
				SIZES.size(), visitors.get(), views.get(), axeChecks.get(), axeMillis.get() / 1000, formsSentEmpty.get(),
				Duration.ofNanos(System.nanoTime() - started).toSeconds());
	}

	/** The menus, opened as a user opens them, are checked as they show: on a phone, behind the menu button. */
	private static void openTheMenus(BrowserWindow window) {
		window.get("/calendar");
		if (window.driver().findElement(By.id("nav-toggle")).isDisplayed()) {
			window.click("nav-toggle");
			window.waiting().until(ExpectedConditions.attributeContains(By.id("nav"), "class", "show"));
			window.checkAccessibility();
		}
		for (var menu : List.of("nav-more", "nav-account")) {
			window.click(menu);
			window.waiting().until(ExpectedConditions.attributeToBe(By.id(menu), "aria-expanded", "true"));
			window.checkAccessibility();
		}
	}

	private String operation(String leader, String name, LocalDate start) {
		var response = Api.as(port, leader).post("/api/operations", Plans.json(name, "DK-CUSTOMS", "DK", List.of("FI"),
				List.of("CIGARETTES"), List.of("ROAD"), start, start.plusDays(12)));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asString();
	}

	/** The names of the application's enums and the codes of its two-level lists, which pages must put in words. */
	private Set<String> codes() {
		var codes = new TreeSet<String>();
		var scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter((reader, factory) -> reader.getClassMetadata().getSuperClassName() != null
				&& reader.getClassMetadata().getSuperClassName().equals(Enum.class.getName()));
		for (var candidate : scanner.findCandidateComponents("eu.jcohub")) {
			try {
				for (var constant : Class.forName(candidate.getBeanClassName()).getEnumConstants()) {
					codes.add(((Enum<?>) constant).name());
				}
			}
			catch (ClassNotFoundException e) {
				throw new IllegalStateException(e);
			}
		}
		Stream.concat(reference.riskAreas().stream(), reference.transportModes().stream()).map(Category::code)
			.forEach(codes::add);
		return codes;
	}

	/** A kind of user, and how they sign in; null for someone who does not. */
	record Visitor(String kind, @Nullable Consumer<BrowserWindow> signIn) {

		boolean signedIn() {
			return signIn != null;
		}

		@Override
		public String toString() {
			return kind;
		}
	}

	record Size(int width, int height) {
	}
}
