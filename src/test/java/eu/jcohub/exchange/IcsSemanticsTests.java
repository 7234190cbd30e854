package eu.jcohub.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.jcohub.operations.Phase;
import eu.jcohub.shared.InvalidInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** iCalendar files as mainstream calendar programs write them, read as RFC 5545 means them. */
class IcsSemanticsTests {

	private static final Map<String, ZoneId> ZONES = Map.of("DE-CUSTOMS", ZoneId.of("Europe/Berlin"), "FI-CUSTOMS",
			ZoneId.of("Europe/Helsinki"), "FR-CUSTOMS", ZoneId.of("Europe/Paris"));

	@Test
	void aTimedEventKeepsItsLastDayAndAnAllDayEventsEndIsExclusive() {
		var lines = read("outlook-frontex.ics", "FRONTEX");
		assertThat(phases(lines, "JO Eastern Gate 2027")).containsExactly(phase("2027-04-05", "2027-04-20"));
		assertThat(phases(lines, "JO Baltic Watch 2027")).containsExactly(phase("2027-06-01", "2027-06-10"));
	}

	@Test
	void aDurationAndAMonthlyRuleGiveOnePhasePerOccurrence() {
		var lines = read("outlook-frontex.ics", "FRONTEX");
		assertThat(phases(lines, "JO Air Cargo Rounds 2027")).containsExactly(phase("2027-03-01", "2027-03-14"),
				phase("2027-04-01", "2027-04-14"), phase("2027-05-01", "2027-05-14"));
		// Folded UIDs are read whole: they are the external ids.
		assertThat(lines).allSatisfy(line -> assertThat(line.plan().externalId()).startsWith("040000008200E000")
			.hasSizeGreaterThan(100).matches("[0-9A-F]+"));
	}

	@Test
	void exceptionsCancelledAndMovedOccurrencesOfAWeeklySeriesAreApplied() {
		var lines = read("google.ics", "MAOC-N");
		assertThat(lines).singleElement();
		assertThat(phases(lines, "Atlantic Approaches 2027")).containsExactly(phase("2027-09-06", "2027-09-08"),
				phase("2027-09-28", "2027-09-28"), phase("2027-10-04", "2027-10-06"), phase("2027-10-11", "2027-10-13"),
				phase("2027-10-18", "2027-10-20"), phase("2027-10-25", "2027-10-27"));
		assertThat(lines.get(0).plan().objectives()).contains("Überwachung der Zufahrten, coopération");
	}

	@Test
	void theCopyWithTheHighestSequenceWinsAndAnEndAtMidnightLeavesThatDayFree() {
		var lines = read("thunderbird.ics", "DE-CUSTOMS");
		assertThat(lines).singleElement();
		assertThat(lines.get(0).name()).isEqualTo("Rhine Rail Check 2027");
		assertThat(lines.get(0).revision().sequence()).isEqualTo(2);
		assertThat(phases(lines, "Rhine Rail Check 2027")).containsExactly(phase("2027-10-04", "2027-10-07"));
	}

	@Test
	void timesInAnotherZoneAreTurnedIntoTheOrganisersDaysAndFloatingTimesAreTheOrganisersOwn() {
		// 23:00 in Paris is already the next day in Helsinki; a floating 23:00 stays 23:00 wherever.
		var paris = read("apple.ics", "FR-CUSTOMS");
		assertThat(phases(paris, "Opération Port du Havre 2027")).containsExactly(phase("2027-11-10", "2027-11-15"));
		assertThat(phases(paris, "Floating briefing day 2027")).containsExactly(phase("2027-12-01", "2027-12-02"));
		var helsinki = read("apple.ics", "FI-CUSTOMS");
		assertThat(phases(helsinki, "Floating briefing day 2027")).containsExactly(phase("2027-12-01", "2027-12-02"));

		var utc = read("rfc5545-examples.ics", "FI-CUSTOMS");
		assertThat(phases(utc, "Networld+Interop Conference")).containsExactly(phase("2027-07-14", "2027-07-15"));
	}

	@Test
	void theRfcExamplesGiveTheirOccurrencesAsPhases() {
		var lines = read("rfc5545-examples.ics", "CCWP");
		assertThat(phases(lines, "Our Blissful Anniversary")).containsExactly(phase("2027-11-02", "2027-11-02"),
				phase("2028-11-02", "2028-11-02"));
		assertThat(phases(lines, "Festival International de Jazz de Montreal"))
			.containsExactly(phase("2027-06-28", "2027-07-08"));
		// Ten consecutive days are one phase: phases leave at least a day between them.
		assertThat(phases(lines, "Daily for 10 occurrences")).containsExactly(phase("2027-09-02", "2027-09-11"));
		assertThat(phases(lines, "Every other week with an extra and an exception")).containsExactly(
				phase("2027-09-02", "2027-09-02"), phase("2027-09-30", "2027-09-30"), phase("2027-10-14", "2027-10-14"),
				phase("2027-11-04", "2027-11-04"));
	}

	@Test
	void aCancelledEventOrACancelMessageCallsTheOperationOff() {
		var cancelled = IcsImport.read(calendar("", event("c1@example.org", "STATUS:CANCELLED\r\nSEQUENCE:3\r\n")),
				defaults("FRONTEX"));
		assertThat(cancelled).singleElement().satisfies(line -> {
			assertThat(line.cancellation()).isEqualTo(new ParsedLine.Cancellation("FRONTEX", "c1@example.org"));
			assertThat(line.revision().sequence()).isEqualTo(3);
		});
		var message = IcsImport.read(calendar("METHOD:CANCEL\r\n", event("c2@example.org", "")), defaults("FRONTEX"));
		assertThat(message.get(0).cancellation()).isEqualTo(new ParsedLine.Cancellation("FRONTEX", "c2@example.org"));
	}

	@Test
	void aRecurrenceWithoutEndIsRefusedInWords() {
		var lines = IcsImport.read(calendar("", event("forever@example.org", "RRULE:FREQ=WEEKLY\r\n")), defaults("CCWP"));
		assertThat(lines.get(0).plan()).isNull();
		assertThat(lines.get(0).ref()).isEqualTo("UID forever@example.org");
		assertThat(lines.get(0).problems()).singleElement().asString().contains("recurs without end")
			.contains("COUNT or an UNTIL");
	}

	@Test
	void aRecurrenceBeyondTheBoundsIsRefusedInWords() {
		var tooMany = IcsImport.read(calendar("", event("many@example.org", "RRULE:FREQ=DAILY;COUNT=30\r\n")),
				defaults("CCWP"));
		assertThat(tooMany.get(0).problems()).singleElement().asString().contains("COUNT 30").contains("24");
		var tooLong = IcsImport.read(calendar("", event("long@example.org",
				"RRULE:FREQ=MONTHLY;INTERVAL=6;UNTIL=20350101\r\n")), defaults("CCWP"));
		assertThat(tooLong.get(0).problems()).singleElement().asString().contains("two years");
		var extraDate = IcsImport.read(calendar("", event("rdate@example.org", "RDATE;VALUE=DATE:20300101\r\n")),
				defaults("CCWP"));
		assertThat(extraDate.get(0).problems()).singleElement().asString().contains("2030-01-01").contains("two years");
		var hourly = IcsImport.read(calendar("", event("hourly@example.org", "RRULE:FREQ=HOURLY;COUNT=5\r\n")),
				defaults("CCWP"));
		assertThat(hourly.get(0).problems()).singleElement().asString().contains("hourly");
	}

	@Test
	void aTimeZoneThatDoesNotExistIsRefusedWithItsLineAndUid() {
		var ics = calendar("", """
				BEGIN:VEVENT\r
				DTSTAMP:20260101T000000Z\r
				DTSTART;TZID=Mars/Olympus_Mons:20270301T080000\r
				SUMMARY:Nowhere\r
				UID:mars@example.org\r
				END:VEVENT\r
				""");
		assertThatThrownBy(() -> IcsImport.read(ics, defaults("CCWP"))).isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(((InvalidInput) e).fieldErrors().get("file")).contains("Mars/Olympus_Mons")
				.contains("is not a time zone").contains("line 6").contains("mars@example.org"));
	}

	@Test
	void datesAndTimesMixedInOneEventAreRefused() {
		var lines = IcsImport.read(calendar("", """
				BEGIN:VEVENT\r
				DTSTAMP:20260101T000000Z\r
				DTSTART;VALUE=DATE:20270301\r
				DTEND:20270305T100000Z\r
				SUMMARY:Mixed\r
				UID:mixed@example.org\r
				END:VEVENT\r
				"""), defaults("CCWP"));
		assertThat(lines.get(0).problems()).singleElement().asString().contains("DTEND is a time while DTSTART is a date");
	}

	@Test
	void aBomUtf16AndADeclaredCharsetAreRead() {
		var text = calendar("", event("charset@example.org", "LOCATION;CHARSET=windows-1252:Gen\u00e8ve\r\n"));
		var declared = UploadedText.decode(text.getBytes(java.nio.charset.Charset.forName("windows-1252")));
		assertThat(declared).contains("Genève");
		var utf16 = new java.io.ByteArrayOutputStream();
		utf16.writeBytes(new byte[] { (byte) 0xff, (byte) 0xfe });
		utf16.writeBytes(text.getBytes(StandardCharsets.UTF_16LE));
		assertThat(IcsImport.read(UploadedText.decode(utf16.toByteArray()), defaults("CCWP")).get(0).plan().phases())
			.containsExactly(phase("2027-03-01", "2027-03-01"));
		var bom = UploadedText.decode(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
		assertThat(bom).startsWith("BEGIN:VCALENDAR");
	}

	// ---- helpers

	static String calendar(String calendarProperties, String events) {
		return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n" + calendarProperties + events + "END:VCALENDAR\r\n";
	}

	static String event(String uid, String more) {
		return "BEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:20270301\r\n"
				+ "SUMMARY:Event " + uid + "\r\n" + more + "END:VEVENT\r\n";
	}

	static ImportDefaults defaults(String organiser) {
		return new ImportDefaults(organiser, "CCWP", Set.of(), code -> false,
				code -> ZONES.getOrDefault(code, OrganiserZones.BRUSSELS));
	}

	static String resource(String name) {
		try {
			var bytes = new ClassPathResource("exchange/ics/" + name).getContentAsByteArray();
			return UploadedText.decode(bytes);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static List<ParsedLine> read(String file, String organiser) {
		var lines = IcsImport.read(resource(file), defaults(organiser));
		assertThat(lines).allSatisfy(line -> assertThat(line.problems()).as(line.ref()).isEmpty());
		return lines;
	}

	private static List<Phase> phases(List<ParsedLine> lines, String name) {
		return lines.stream().filter(line -> name.equals(line.name())).findFirst().orElseThrow(() -> new AssertionError(
				"no operation " + name + " in " + lines.stream().map(ParsedLine::name).toList())).plan().phases();
	}

	private static Phase phase(String first, String last) {
		return new Phase(LocalDate.parse(first), LocalDate.parse(last));
	}

	static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
