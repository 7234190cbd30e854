package eu.jcohub.exchange;

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
import java.awt.Color;
import java.io.ByteArrayOutputStream;

/**
 * The tabling list as PDF (landscape A4). The table is laid out first; a second pass stamps every page with
 * the handling marking, the generation date and "page i of n", which needs the page count.
 */
final class TablingListPdf {

	private static final Font TITLE = new Font(Font.HELVETICA, 13, Font.BOLD);
	private static final Font ORGANISER = new Font(Font.HELVETICA, 10, Font.BOLD);
	private static final Font HEADER = new Font(Font.HELVETICA, 7.5f, Font.BOLD);
	private static final Font CELL = new Font(Font.HELVETICA, 7.5f);
	private static final float[] WIDTHS = { 18, 9, 7, 13, 4, 11, 11, 9, 9, 9 };

	private TablingListPdf() {
	}

	static byte[] render(TablingList list) {
		return MarkedPdf.stamp(layOut(list), list.marking(), list.generatedOn().toString());
	}

	private static byte[] layOut(TablingList list) {
		var out = new ByteArrayOutputStream();
		var document = new Document(PageSize.A4.rotate(), 28, 28, 40, 40);
		try {
			PdfWriter.getInstance(document, out);
			document.open();
			document.add(new Paragraph(list.title(), TITLE));
			document.add(new Paragraph(list.size() + " operation(s), " + list.groups().size() + " organiser(s)", CELL));
			if (list.groups().isEmpty()) {
				document.add(new Paragraph("No operation is planned in this semester yet.", CELL));
			}
			for (var group : list.groups()) {
				var heading = new Paragraph(group.organiserName() + " (" + group.organiser() + ")", ORGANISER);
				heading.setSpacingBefore(10);
				heading.setSpacingAfter(4);
				document.add(heading);
				document.add(table(group));
			}
			document.close();
		}
		catch (DocumentException e) {
			throw new IllegalStateException("the tabling list could not be laid out", e);
		}
		return out.toByteArray();
	}

	private static PdfPTable table(TablingList.Group group) {
		var table = new PdfPTable(WIDTHS);
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		for (var column : TablingList.COLUMNS) {
			var cell = new PdfPCell(new Phrase(column, HEADER));
			cell.setBackgroundColor(new Color(230, 234, 240));
			table.addCell(cell);
		}
		for (var view : group.operations()) {
			TablingList.cells(view).forEach(text -> table.addCell(new PdfPCell(new Phrase(text, CELL))));
		}
		return table;
	}
}
