package eu.jcohub.analytics.web;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import eu.jcohub.shared.pdf.MarkedPdf;
import eu.jcohub.shared.pdf.PdfFonts;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.function.BiFunction;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The annual report as PDF (portrait A4): title, what was counted, then each chart as bars beside its numbers'
 * table, kept together on a page where it fits; a second pass stamps every page with the marking and "page i of n".
 */
final class AnnualReportPdf {

	private static final float MARGIN = 36;
	private static final Font TITLE = new Font(PdfFonts.BOLD, 15);
	private static final Font HEADING = new Font(PdfFonts.BOLD, 11);
	private static final Font TEXT = new Font(PdfFonts.REGULAR, 8.5f);
	private static final Font HEADER = new Font(PdfFonts.BOLD, 7.5f);
	private static final Font CELL = new Font(PdfFonts.REGULAR, 7.5f);
	private static final Color BAR = new Color(10, 88, 202);
	private static final Color TRACK = new Color(233, 236, 239);

	private AnnualReportPdf() {
	}

	static byte[] render(AnnualReport report, BiFunction<Integer, Integer, String> page) {
		return MarkedPdf.stamp(layOut(report), report.marking(),
				(n, pages) -> report.generated() + " · " + page.apply(n, pages));
	}

	private static byte[] layOut(AnnualReport report) {
		var out = new ByteArrayOutputStream();
		var document = new Document(PageSize.A4, MARGIN, MARGIN, 44, 44);
		try {
			PdfWriter.getInstance(document, out);
			document.open();
			document.add(new Paragraph(report.title(), TITLE));
			document.add(spaced(new Paragraph(report.generated(), TEXT), 2));
			document.add(spaced(new Paragraph(report.scope(), TEXT), 10));
			for (var chart : report.charts()) {
				document.add(chart(chart, report.empty()));
			}
			document.close();
		}
		catch (DocumentException e) {
			throw new IllegalStateException("the annual report could not be laid out", e);
		}
		return out.toByteArray();
	}

	/** One chart: its title and description, then its bars and its table side by side, not split across pages. */
	private static PdfPTable chart(Chart chart, String empty) {
		var block = new PdfPTable(1);
		block.setWidthPercentage(100);
		// A chart short enough for one page stays on one page; a longer one starts where the last ended.
		block.setKeepTogether(chart.rows().size() <= 30);
		block.setSplitLate(false);
		block.setSpacingAfter(12);
		block.addCell(plain(new Paragraph(chart.title(), HEADING)));
		block.addCell(plain(new Paragraph(chart.description(), TEXT)));
		if (chart.empty()) {
			block.addCell(plain(new Paragraph(empty, TEXT)));
			return block;
		}
		var sideBySide = new PdfPTable(new float[] { 40, 60 });
		sideBySide.setWidthPercentage(100);
		sideBySide.setSplitLate(false);
		sideBySide.addCell(plain(bars(chart)));
		sideBySide.addCell(plain(numbers(chart)));
		block.addCell(plain(sideBySide));
		return block;
	}

	private static PdfPTable bars(Chart chart) {
		var bars = new PdfPTable(new float[] { 38, 50, 12 });
		bars.setWidthPercentage(100);
		for (var row : chart.rows()) {
			bars.addCell(plain(new Phrase(row.label(), CELL)));
			bars.addCell(plain(bar(chart.percent(row))));
			var value = plain(new Phrase(chart.shown(chart.barText(row), LocaleContextHolder.getLocale()), CELL));
			value.setHorizontalAlignment(Element.ALIGN_RIGHT);
			bars.addCell(value);
		}
		return bars;
	}

	/** A bar as a two-cell table: the filled part and the rest of the track. */
	private static PdfPCell bar(long percent) {
		var cell = new PdfPCell();
		cell.setBorder(Rectangle.NO_BORDER);
		cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
		cell.setPaddingTop(3);
		cell.setPaddingBottom(3);
		var track = new PdfPTable(percent <= 0 || percent >= 100 ? new float[] { 1 }
				: new float[] { percent, 100 - percent });
		track.setWidthPercentage(100);
		if (percent > 0) {
			track.addCell(filled(BAR));
		}
		if (percent < 100) {
			track.addCell(filled(TRACK));
		}
		cell.addElement(track);
		return cell;
	}

	private static PdfPCell filled(Color color) {
		var part = new PdfPCell();
		part.setBorder(Rectangle.NO_BORDER);
		part.setBackgroundColor(color);
		part.setFixedHeight(7);
		return part;
	}

	private static PdfPTable numbers(Chart chart) {
		var table = new PdfPTable(chart.headings().size());
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		for (int i = 0; i < chart.headings().size(); i++) {
			var cell = new PdfPCell(new Phrase(chart.headings().get(i), HEADER));
			cell.setBackgroundColor(new Color(230, 234, 240));
			cell.setHorizontalAlignment(i == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
			table.addCell(cell);
		}
		for (var row : chart.rows()) {
			table.addCell(new PdfPCell(new Phrase(row.label(), CELL)));
			for (var text : row.cells()) {
				var cell = new PdfPCell(new Phrase(chart.shown(text, LocaleContextHolder.getLocale()), CELL));
				cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
				table.addCell(cell);
			}
		}
		return table;
	}

	private static PdfPCell plain(Object content) {
		PdfPCell cell;
		if (content instanceof PdfPTable table) {
			cell = new PdfPCell(table);
		}
		else if (content instanceof PdfPCell given) {
			return given;
		}
		else {
			cell = new PdfPCell((Phrase) content);
		}
		cell.setBorder(Rectangle.NO_BORDER);
		cell.setPadding(2);
		return cell;
	}

	private static Paragraph spaced(Paragraph paragraph, float after) {
		paragraph.setSpacingAfter(after);
		return paragraph;
	}
}
