package eu.jcohub.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

/** Names in any EU language keep all their letters in the PDFs, in the text and in the stamped marking. */
class PdfFontsTests {

	private static final String NAMES = "Coandă, Grebņeva, Kozłowicz, Šťastný, Ørsted, Ελληνικά";

	@Test
	void lettersBeyondWesternEuropeSurviveInTextAndMarking() throws Exception {
		var out = new ByteArrayOutputStream();
		var document = new Document();
		PdfWriter.getInstance(document, out);
		document.open();
		document.add(new Paragraph(NAMES, PdfFonts.regular(11)));
		document.close();
		var stamped = MarkedPdf.stamp(out.toByteArray(), "JCO HUB – ŁĄCZNIE", (page, pages) -> "Strona " + page + " z " + pages);
		try (var reader = new PdfReader(stamped)) {
			var text = new PdfTextExtractor(reader).getTextFromPage(1);
			assertThat(text).contains("Coandă", "Grebņeva", "Kozłowicz", "Šťastný", "Ørsted", "Ελληνικά", "ŁĄCZNIE", "Strona 1 z 1");
		}
	}
}
