package eu.jcohub.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.BaseFont;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TablingListPdfTests {

	private static final float PAGE = 786;

	@Test
	void everyColumnIsAtLeastAsWideAsItsLongestWordAndTogetherTheyFillThePage() throws Exception {
		var longWord = "Kaliningradskaya-Oblastnaya-Tamozhnya";
		var list = list(row("OPERATION WITH A VERY LONG NAME INDEED", longWord + " crossing"));
		var widths = TablingListPdf.widths(list, PAGE);
		var font = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
		assertThat(widths[8]).isGreaterThan(font.getWidthPoint(longWord, 7.5f) + 4);
		float sum = 0;
		for (int c = 0; c < widths.length; c++) {
			var bold = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
			for (var word : list.texts().columns().get(c).split(" ")) {
				assertThat(widths[c]).as("column %d fits its heading's word %s", c, word)
					.isGreaterThan(bold.getWidthPoint(word, 7.5f) + 4);
			}
			sum += widths[c];
		}
		assertThat(sum).isCloseTo(PAGE, org.assertj.core.data.Offset.offset(0.5f));
	}

	@Test
	void aPeriodIsPrintedOnALineOfItsOwnThatDoesNotBreak() {
		var cells = TablingListPdf.cells(row("X", "Y"));
		assertThat(cells.get(TablingList.Row.PHASES))
			.isEqualTo("1\u00a0Mar\u00a02092\u00a0–\u00a010\u00a0Mar\u00a02092\n20\u00a0Mar\u00a02092\u00a0–\u00a031\u00a0Mar\u00a02092");
	}

	private static TablingList.Row row(String name, String locations) {
		return new TablingList.Row(name, "Operation of another body", "Tabled for coordination",
				"1 Mar 2092 – 10 Mar 2092; 20 Mar 2092 – 31 Mar 2092", "—", "Austria, Belgium", "Cigarettes",
				"Maritime: containers", locations, "—", LocalDate.of(2092, 3, 1), LocalDate.of(2092, 3, 31));
	}

	private static TablingList list(TablingList.Row row) {
		var texts = new TablingList.Texts("title", "summary", "empty", "generated", "Page {0} of {1}", "sheet",
				"Organiser", "First day", "Last day", List.of("Operation", "Type", "Status", "Operational phases",
						"Lead country", "Participating countries", "Risk areas", "Transport modes", "Locations",
						"Contact point"));
		return new TablingList(new Semester(2092, 1), LocalDate.of(2091, 12, 1), "JCO HUB – CALENDAR", texts,
				List.of(new TablingList.Group("European Border and Coast Guard Agency", List.of(row))));
	}
}
