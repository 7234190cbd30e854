package eu.jcohub.followup.web;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import eu.jcohub.shared.pdf.MarkedPdf;
import eu.jcohub.shared.pdf.PdfFonts;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.function.BiFunction;

/**
 * The monitoring file as PDF (landscape A4): title, generation line, then the table with its header repeated on
 * every page; a second pass stamps every page with the marking and "page i of n".
 */
final class MonitoringFilePdf {

	private static final float MARGIN = 28;
	private static final float[] WIDTHS = { 5, 14, 30, 11, 8, 14, 20, 8 };
	private static final Font TITLE = new Font(PdfFonts.BOLD, 13);
	private static final Font HEADER = new Font(PdfFonts.BOLD, 7.5f);
	private static final Font CELL = new Font(PdfFonts.REGULAR, 7.5f);

	private MonitoringFilePdf() {
	}

	static byte[] render(MonitoringFile file, BiFunction<Integer, Integer, String> page) {
		return MarkedPdf.stamp(layOut(file), file.marking(), (n, pages) -> file.generated() + " · " + page.apply(n, pages));
	}

	private static byte[] layOut(MonitoringFile file) {
		var out = new ByteArrayOutputStream();
		var document = new Document(PageSize.A4.rotate(), MARGIN, MARGIN, 40, 40);
		try {
			PdfWriter.getInstance(document, out);
			document.open();
			document.add(new Paragraph(file.title(), TITLE));
			var generated = new Paragraph(file.generated(), CELL);
			generated.setSpacingAfter(8);
			document.add(generated);
			if (file.rows().isEmpty()) {
				document.add(new Paragraph(file.empty(), CELL));
			}
			else {
				var table = new PdfPTable(WIDTHS);
				table.setWidthPercentage(100);
				table.setHeaderRows(1);
				for (var heading : file.headings()) {
					var cell = new PdfPCell(new Phrase(heading, HEADER));
					cell.setBackgroundColor(new Color(230, 234, 240));
					table.addCell(cell);
				}
				for (var row : file.rows()) {
					row.forEach(text -> table.addCell(new PdfPCell(new Phrase(text, CELL))));
				}
				document.add(table);
			}
			document.close();
		}
		catch (DocumentException e) {
			throw new IllegalStateException("the monitoring file could not be laid out", e);
		}
		return out.toByteArray();
	}
}
