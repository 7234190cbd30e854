package eu.jcohub.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.operations.OperationRegister;
import eu.jcohub.shared.OperationId;
import eu.jcohub.support.Api;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.TestAccounts;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Files as mainstream calendar programs write them survive the trip through JCO Hub: imported, exported, then
 * read again by ical4j and by Debian's python3-icalendar with the same dates, and imported again unchanged.
 */
@IntegrationTest
class CalendarRoundTripTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	OperationRegister register;

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "outlook-frontex.ics, EUROPOL, 3", "google.ics, MAOC-N, 1", "thunderbird.ics, DE-CUSTOMS, 1",
			"apple.ics, FR-CUSTOMS, 2", "rfc5545-examples.ics, CCWP, 5" })
	void importedThenExportedTheFileReadsTheSameInIcal4jAndPython(String file, String organiser, int operations)
			throws Exception {
		var api = Api.as(port, accounts.secretariat());
		var imported = Upload.file(api, "/api/operations/import", file,
				new org.springframework.core.io.ClassPathResource("exchange/ics/" + file).getContentAsByteArray(),
				Map.of("organiser", organiser));
		assertThat(imported.status()).as(imported.body()).isEqualTo(200);
		var ids = new TreeSet<String>();
		imported.json().get("lines").forEach(line -> ids.add(line.get("operationId").asString()));
		assertThat(ids).hasSize(operations);

		// What the calendar holds, phase by phase, as the export must write it: all-day, DTEND the day after.
		var expected = new TreeSet<String>();
		accounts.as(accounts.secretariat(), (Runnable) () -> ids.forEach(id -> {
			var phases = register.find(new OperationId(UUID.fromString(id))).plan().phases();
			for (int n = 0; n < phases.size(); n++) {
				expected.add(id + "-p" + (n + 1) + "@jcohub " + phases.get(n).start() + " " + phases.get(n).end().plusDays(1));
			}
		}));

		var export = api.get("/api/calendar.ics?organiser=" + organiser + "&from=2027-01-01&to=2029-12-31");
		assertThat(export.status()).isEqualTo(200);
		assertThat(ical4j(export.body(), ids)).isEqualTo(expected);
		assertThat(python(export.body(), ids)).isEqualTo(expected);

		var again = Upload.file(api, "jcohub.ics", export.body(), Map.of());
		assertThat(again.status()).as(again.body()).isEqualTo(200);
		again.json().get("lines").forEach(line -> {
			if (ids.contains(line.get("operationId").asString())) {
				assertThat(line.get("status").asString()).as(line.toString()).isEqualTo("UNCHANGED");
			}
		});
	}

	private static Set<String> ical4j(String ics, Set<String> ids) throws Exception {
		var calendar = new CalendarBuilder().build(new StringReader(ics));
		var events = new TreeSet<String>();
		for (VEvent event : calendar.<VEvent>getComponents("VEVENT")) {
			var uid = event.getUid().orElseThrow().getValue();
			if (ids.contains(IcsImport.operationKey(uid))) {
				events.add(uid + " " + event.getStartDate().orElseThrow().getDate() + " "
						+ event.getEndDate(false).orElseThrow().getDate());
			}
		}
		return events;
	}

	/** The same reading by another implementation; skipped with the reason where python3-icalendar is missing. */
	private static Set<String> python(String ics, Set<String> ids) throws Exception {
		var script = """
				import sys
				from icalendar import Calendar
				calendar = Calendar.from_ical(open(sys.argv[1], 'rb').read())
				for event in calendar.walk('VEVENT'):
				    print(str(event.get('uid')), event.get('dtstart').dt.isoformat(), event.get('dtend').dt.isoformat())
				""";
		var python = pythonWithICalendar();
		var file = Files.createTempFile("jcohub-export", ".ics");
		var program = Files.createTempFile("jcohub-read", ".py");
		try {
			Files.writeString(file, ics, StandardCharsets.UTF_8);
			Files.writeString(program, script, StandardCharsets.UTF_8);
			var process = new ProcessBuilder(python, program.toString(), file.toString()).redirectErrorStream(true).start();
			var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
			assertThat(process.exitValue()).as(output).isZero();
			var events = new TreeSet<String>();
			output.lines().filter(line -> ids.contains(IcsImport.operationKey(line.split(" ")[0]))).forEach(events::add);
			return events;
		}
		finally {
			Files.deleteIfExists(file);
			Files.deleteIfExists(program);
		}
	}

	/** Debian's python3 first: a python3 of a version manager earlier on the PATH may lack Debian's modules. */
	static String pythonWithICalendar() throws InterruptedException {
		for (var candidate : List.of("/usr/bin/python3", "python3")) {
			try {
				var check = new ProcessBuilder(candidate, "-c", "import icalendar").redirectErrorStream(true).start();
				if (check.waitFor(60, TimeUnit.SECONDS) && check.exitValue() == 0) {
					return candidate;
				}
			}
			catch (IOException notThere) {
				// try the next one
			}
		}
		boolean available = false;
		if (!available && "true".equals(System.getenv("JCOHUB_REQUIRE_PYTHON_ICALENDAR"))) {
			throw new IllegalStateException("JCOHUB_REQUIRE_PYTHON_ICALENDAR=true but python3 with the icalendar module "
					+ "is not installed (Debian: apt-get install python3-icalendar)");
		}
		Assumptions.assumeTrue(available, "python3 with the icalendar module is not installed (Debian: apt-get install "
				+ "python3-icalendar); skipping the check of the export by a second iCalendar implementation");
		throw new IllegalStateException("unreachable: the assumption above aborts the test");
	}

}
