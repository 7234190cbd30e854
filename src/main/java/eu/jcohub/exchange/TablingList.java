package eu.jcohub.exchange;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;

/**
 * The tabling list for the Coordination Mechanism: every operation of a semester, grouped by organiser, as one
 * reader may see it, already in that reader's words. The PDF and the spreadsheet only lay it out.
 *
 * @param marking the handling marking of what is included: the calendar's, plus that of each operation whose
 *        details are shown
 */
record TablingList(Semester semester, LocalDate generatedOn, String marking, Texts texts, List<Group> groups) {

	/**
	 * The list's own texts and its column headings, in the order of {@link Row#cells()}.
	 *
	 * @param pageOf “Page {0} of {1}”, for each page
	 */
	record Texts(String title, String summary, String empty, String generated, String pageOf, String sheet,
			String organiser, String firstDay, String lastDay, List<String> columns) {

		String page(Object page, Object pages) {
			return new MessageFormat(pageOf).format(new Object[] { page, pages });
		}
	}

	record Group(String organiser, List<Row> rows) {
	}

	/**
	 * One operation in words; {@code firstDay} and {@code lastDay} for the spreadsheet's date cells.
	 *
	 * @param phases the operational phases, “1 Feb 2092 – 10 Feb 2092; …”
	 */
	record Row(String name, String type, String status, String phases, String leadCountry, String participants,
			String riskAreas, String transportModes, String locations, String contactPoint, LocalDate firstDay,
			LocalDate lastDay) {

		static final int PHASES = 3;

		/** The cells under {@link Texts#columns()}; the phases at {@link #PHASES}. */
		List<String> cells() {
			return List.of(name, type, status, phases, leadCountry, participants, riskAreas, transportModes, locations,
					contactPoint);
		}
	}

	String fileName(String extension) {
		return "tabling-list-" + semester + "." + extension;
	}

	int size() {
		return groups.stream().mapToInt(group -> group.rows().size()).sum();
	}
}
