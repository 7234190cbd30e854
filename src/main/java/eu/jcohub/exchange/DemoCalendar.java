package eu.jcohub.exchange;

import eu.jcohub.accounts.UserAccounts;
import eu.jcohub.shared.db.DemoMode;
import eu.jcohub.shared.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * In the demo, a small published calendar of FRONTEX that JCO Hub serves itself, and a subscription to it,
 * so that a newcomer sees a followed calendar, its history, a change arriving by itself (one event is revised
 * every ten minutes) and an operation to complete. Outside the demo the calendar does not exist.
 */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Exchange",
		description = "Plans of other bodies in and out: CSV and iCalendar, the tabling list")
public class DemoCalendar {

	static final String PATH = "/api/exchange/demo-calendar.ics";
	private static final String OWNER = "observer.frontex";
	private static final Logger log = LoggerFactory.getLogger(DemoCalendar.class);
	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private final DemoMode demo;
	private final Clock clock;
	private final CalendarSubscriptions subscriptions;
	private final SubscriptionService service;
	private final UserAccounts accounts;
	private final Environment environment;

	DemoCalendar(DemoMode demo, Clock clock, CalendarSubscriptions subscriptions, SubscriptionService service,
			UserAccounts accounts, Environment environment) {
		this.demo = demo;
		this.clock = clock;
		this.subscriptions = subscriptions;
		this.service = service;
		this.accounts = accounts;
		this.environment = environment;
	}

	@GetMapping(PATH)
	@Operation(summary = "The demo's published FRONTEX calendar (only in the demo)")
	ResponseEntity<byte[]> calendar() {
		if (!demo.enabled()) {
			throw new NotFound("Demo calendar", "frontex");
		}
		return ResponseEntity.ok().contentType(ExchangeApi.CALENDAR).body(ics().getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Called by the demo once its accounts exist: the demo's observer of FRONTEX follows the calendar, pulled
	 * every five minutes (the first pull within a minute).
	 */
	public void subscribeTheDemo() {
		if (!demo.enabled() || !subscriptions.all().isEmpty()) {
			return;
		}
		var port = environment.getProperty("local.server.port", "8080");
		var details = accounts.loadUserByUsername(OWNER);
		var previous = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null,
				details.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			service.register(new SubscriptionService.Registration("FRONTEX published plans (demo)",
					"http://127.0.0.1:" + port + PATH, "FRONTEX", 5, "BASIC", OWNER + ":demo"));
		}
		catch (RuntimeException e) {
			log.warn("The demo subscription could not be registered: {}", e.getMessage());
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/** Three events from next month on; the coastal patrol's revision and length change every ten minutes. */
	String ics() {
		var anchor = LocalDate.now(clock).with(TemporalAdjusters.firstDayOfNextMonth());
		long revision = clock.millis() / 600_000;
		int patrolDays = revision % 2 == 0 ? 5 : 8;
		return String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//FRONTEX (demo)//Plans//EN",
				"METHOD:PUBLISH", "X-WR-CALNAME:FRONTEX published plans (demo)",
				"BEGIN:VEVENT", "UID:demo-eastern-watch@frontex.example", "DTSTAMP:20260101T000000Z", "SEQUENCE:0",
				"DTSTART;VALUE=DATE:" + DAY.format(anchor.plusDays(19)), "DTEND;VALUE=DATE:" + DAY.format(anchor.plusDays(29)),
				"SUMMARY:JO Eastern Watch (demo)", "LOCATION:Vaalimaa / Narva / Terehova",
				"DESCRIPTION:Joint operation at the eastern land border with FI\\, EE and LV.", "CATEGORIES:Road",
				"END:VEVENT",
				"BEGIN:VEVENT", "UID:demo-coastal-patrol@frontex.example", "DTSTAMP:20260101T000000Z",
				"SEQUENCE:" + revision, "DTSTART;VALUE=DATE:" + DAY.format(anchor.plusDays(40)),
				"DURATION:P" + patrolDays + "D", "SUMMARY:JO Coastal Patrol (demo)",
				"DESCRIPTION:Maritime surveillance in the Baltic Sea; revised every ten minutes in the demo.",
				"END:VEVENT",
				"BEGIN:VEVENT", "UID:demo-air-cargo@frontex.example", "DTSTAMP:20260101T000000Z", "SEQUENCE:0",
				"DTSTART;VALUE=DATE:" + DAY.format(anchor.plusDays(5)), "DURATION:P3D", "RRULE:FREQ=MONTHLY;COUNT=3",
				"SUMMARY:JO Air Cargo Rounds (demo)", "DESCRIPTION:Air cargo checks at Frankfurt am Main (FRA).",
				"END:VEVENT", "END:VCALENDAR", "");
	}
}
