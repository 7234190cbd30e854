package eu.jcohub.demo;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import eu.jcohub.shared.pdf.MarkedPdf;
import eu.jcohub.shared.pdf.PdfFonts;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

/**
 * A fictional final report of a demo operation, as its organiser would write it after the debriefing: a real PDF
 * (fonts embedded, the handling marking and page numbers on every page) whose words the Library's search finds.
 *
 * @param results figures by what they count, in the order shown
 */
record DemoFinalReport(String name, String subtitle, String marking, String summary, List<String> participants,
		Map<String, String> results, List<String> findings, List<String> recommendations) {

	private static final Font TITLE = PdfFonts.bold(16);
	private static final Font HEADING = PdfFonts.bold(11);
	private static final Font TEXT = PdfFonts.regular(10);

	byte[] pdf() {
		return MarkedPdf.stamp(layOut(), marking, (page, pages) -> name + " · final report · page " + page + " of " + pages);
	}

	private byte[] layOut() {
		var out = new ByteArrayOutputStream();
		var document = new Document(PageSize.A4, 56, 56, 60, 60);
		try {
			PdfWriter.getInstance(document, out);
			document.open();
			document.add(new Paragraph(name + " – final report", TITLE));
			document.add(new Paragraph(subtitle, TEXT));
			section(document, "1. Summary");
			document.add(new Paragraph(summary, TEXT));
			section(document, "2. Who took part");
			document.add(new Paragraph(String.join(", ", participants) + ".", TEXT));
			section(document, "3. Results");
			var table = new PdfPTable(2);
			table.setWidthPercentage(70);
			table.setHorizontalAlignment(PdfPTable.ALIGN_LEFT);
			results.forEach((what, figure) -> {
				table.addCell(new PdfPCell(new Paragraph(what, TEXT)));
				table.addCell(new PdfPCell(new Paragraph(figure, TEXT)));
			});
			table.setSpacingBefore(4);
			document.add(table);
			section(document, "4. Findings");
			for (var finding : findings) {
				document.add(new Paragraph("• " + finding, TEXT));
			}
			section(document, "5. Recommendations");
			for (var recommendation : recommendations) {
				document.add(new Paragraph("• " + recommendation, TEXT));
			}
			document.close();
		}
		catch (DocumentException e) {
			throw new IllegalStateException("the demo report could not be laid out", e);
		}
		return out.toByteArray();
	}

	private static void section(Document document, String heading) {
		var paragraph = new Paragraph(heading, HEADING);
		paragraph.setSpacingBefore(12);
		paragraph.setSpacingAfter(3);
		document.add(paragraph);
	}
}
