package eu.jcohub.followup.pack;

import com.lowagie.text.Chunk;
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
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import eu.jcohub.followup.pack.Chapter.Chart;
import eu.jcohub.followup.pack.Chapter.Heading;
import eu.jcohub.followup.pack.Chapter.Table;
import eu.jcohub.followup.pack.Chapter.Text;
import eu.jcohub.shared.pdf.MarkedPdf;
import eu.jcohub.shared.pdf.PdfFonts;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * A {@link PackDocument} as PDF (A4 portrait): title page, contents with the page each chapter starts on, numbered
 * chapters, sections, tables and figures, bar charts drawn with their figures beside them. The contents need the
 * chapters' pages, so the document is laid out twice; a last pass stamps the marking at the top and bottom of
 * every page with "page i of n".
 */
public final class PackPdf {

	private static final float MARGIN = 56;
	private static final Color INK = new Color(33, 37, 41);
	private static final Color ACCENT = new Color(21, 67, 120);
	private static final Color RULE = new Color(222, 226, 230);
	private static final Color HEADER_FILL = new Color(233, 238, 245);
	private static final Font KIND = font(PdfFonts.BOLD, 11, ACCENT);
	private static final Font TITLE = font(PdfFonts.BOLD, 24, INK);
	private static final Font FACT = font(PdfFonts.REGULAR, 11, INK);
	private static final Font H1 = font(PdfFonts.BOLD, 15, ACCENT);
	private static final Font H2 = font(PdfFonts.BOLD, 11.5f, INK);
	private static final Font BODY = font(PdfFonts.REGULAR, 10, INK);
	private static final Font CELL = font(PdfFonts.REGULAR, 8.5f, INK);
	private static final Font CELL_BOLD = font(PdfFonts.BOLD, 8.5f, INK);
	private static final Font CAPTION = font(PdfFonts.BOLD, 9, INK);
	private static final Font MARK = font(PdfFonts.BOLD, 10, new Color(176, 0, 32));

	private PackPdf() {
	}

	public static byte[] render(PackDocument document) {
		var firstPass = new HashMap<Integer, Integer>();
		layOut(document, Map.of(), firstPass);
		var pages = new HashMap<Integer, Integer>();
		var laidOut = layOut(document, firstPass, pages);
		return MarkedPdf.stamp(laidOut, document.marking(),
				(page, count) -> document.footer() + " · " + document.words().page(page, count));
	}

	/** Lays the document out, with the contents pointing at {@code known} and noting where chapters start. */
	private static byte[] layOut(PackDocument doc, Map<Integer, Integer> known, Map<Integer, Integer> starts) {
		var out = new ByteArrayOutputStream();
		var document = new Document(PageSize.A4, MARGIN, MARGIN, 64, 64);
		try {
			var writer = PdfWriter.getInstance(document, out);
			writer.setPageEvent(new PdfPageEventHelper() {
				@Override
				public void onGenericTag(PdfWriter w, Document d, Rectangle rect, String text) {
					starts.putIfAbsent(Integer.parseInt(text), w.getPageNumber());
				}
			});
			document.addTitle(doc.title());
			document.open();
			titlePage(document, doc);
			document.newPage();
			contents(document, doc, known);
			document.newPage();
			int tables = 0;
			int figures = 0;
			for (int c = 0; c < doc.chapters().size(); c++) {
				var chapter = doc.chapters().get(c);
				var heading = new Paragraph();
				heading.add(new Chunk((c + 1) + "  " + chapter.title(), H1).setGenericTag(String.valueOf(c)));
				heading.setSpacingBefore(c == 0 ? 0 : 18);
				heading.setSpacingAfter(8);
				heading.setKeepTogether(true);
				document.add(heading);
				int section = 0;
				for (var block : chapter.blocks()) {
					if (block instanceof Text text) {
						document.add(paragraph(text.text()));
					}
					else if (block instanceof Heading h) {
						section++;
						var sub = new Paragraph((c + 1) + "." + section + "  " + h.text(), H2);
						sub.setSpacingBefore(10);
						sub.setSpacingAfter(4);
						document.add(sub);
					}
					else if (block instanceof Table table) {
						document.add(table(table, doc.words(), ++tables));
					}
					else if (block instanceof Chart chart) {
						document.add(chart(chart, doc.words(), ++figures));
					}
				}
			}
			document.close();
		}
		catch (DocumentException e) {
			throw new IllegalStateException("the pack could not be laid out", e);
		}
		return out.toByteArray();
	}

	private static void titlePage(Document document, PackDocument doc) throws DocumentException {
		var top = new Paragraph(doc.marking(), MARK);
		top.setSpacingAfter(140);
		document.add(top);
		var kind = new Paragraph(doc.kind().toUpperCase(java.util.Locale.ROOT), KIND);
		kind.setSpacingAfter(10);
		document.add(kind);
		var title = new Paragraph(doc.title(), TITLE);
		title.setLeading(30);
		title.setSpacingAfter(24);
		document.add(title);
		for (var fact : doc.facts()) {
			var line = new Paragraph(fact, FACT);
			line.setSpacingAfter(4);
			document.add(line);
		}
	}

	private static void contents(Document document, PackDocument doc, Map<Integer, Integer> known)
			throws DocumentException {
		var heading = new Paragraph(doc.words().contents(), H1);
		heading.setSpacingAfter(12);
		document.add(heading);
		var table = new PdfPTable(new float[] { 6, 84, 10 });
		table.setWidthPercentage(100);
		for (int c = 0; c < doc.chapters().size(); c++) {
			table.addCell(plain(String.valueOf(c + 1), BODY, Element.ALIGN_LEFT));
			table.addCell(plain(doc.chapters().get(c).title(), BODY, Element.ALIGN_LEFT));
			var page = known.get(c);
			table.addCell(plain(page == null ? "" : String.valueOf(page), BODY, Element.ALIGN_RIGHT));
		}
		document.add(table);
	}

	private static Paragraph paragraph(String text) {
		var paragraph = new Paragraph(text, BODY);
		paragraph.setLeading(14);
		paragraph.setSpacingAfter(6);
		return paragraph;
	}

	private static PdfPTable table(Table table, PackDocument.Words words, int number) throws DocumentException {
		var pdf = new PdfPTable(table.headings().size());
		pdf.setWidthPercentage(100);
		pdf.setHeaderRows(table.caption() == null ? 1 : 2);
		pdf.setSpacingBefore(6);
		pdf.setSpacingAfter(10);
		if (table.caption() != null) {
			var caption = plain(words.table() + " " + number + ": " + table.caption(), CAPTION, Element.ALIGN_LEFT);
			caption.setColspan(table.headings().size());
			caption.setPaddingBottom(5);
			pdf.addCell(caption);
		}
		for (int i = 0; i < table.headings().size(); i++) {
			var cell = new PdfPCell(new Phrase(table.headings().get(i), CELL_BOLD));
			cell.setBackgroundColor(HEADER_FILL);
			cell.setBorderColor(RULE);
			cell.setPadding(4);
			cell.setHorizontalAlignment(table.numeric().get(i) ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
			pdf.addCell(cell);
		}
		if (table.rows().isEmpty()) {
			var none = new PdfPCell(new Phrase(words.none(), CELL));
			none.setColspan(table.headings().size());
			none.setBorderColor(RULE);
			none.setPadding(4);
			pdf.addCell(none);
		}
		for (var row : table.rows()) {
			for (int i = 0; i < row.size(); i++) {
				var cell = new PdfPCell(new Phrase(row.get(i), CELL));
				cell.setBorderColor(RULE);
				cell.setPadding(4);
				cell.setHorizontalAlignment(table.numeric().get(i) ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
				pdf.addCell(cell);
			}
		}
		return pdf;
	}

	/** Bars drawn to scale of the largest, the figure printed beside each. */
	private static PdfPTable chart(Chart chart, PackDocument.Words words, int number) throws DocumentException {
		var pdf = new PdfPTable(new float[] { 34, 50, 16 });
		pdf.setWidthPercentage(100);
		pdf.setSpacingBefore(6);
		pdf.setSpacingAfter(10);
		pdf.setKeepTogether(chart.bars().size() <= 20);
		var caption = plain(words.figure() + " " + number + ": " + chart.caption(), CAPTION, Element.ALIGN_LEFT);
		caption.setColspan(3);
		caption.setPaddingBottom(5);
		pdf.addCell(caption);
		var largest = chart.largest();
		for (var bar : chart.bars()) {
			pdf.addCell(plain(bar.label(), CELL, Element.ALIGN_LEFT));
			var cell = new PdfPCell(new Phrase(" ", CELL));
			cell.setBorder(Rectangle.NO_BORDER);
			cell.setPadding(3);
			double share = largest.signum() > 0 ? bar.value().doubleValue() / largest.doubleValue() : 0;
			if (share > 0) {
				cell.setCellEvent((drawn, position, canvases) -> {
					var canvas = canvases[PdfPTable.BACKGROUNDCANVAS];
					float width = (float) Math.max(1.5, (position.getWidth() - 6) * share);
					canvas.saveState();
					canvas.setColorFill(ACCENT);
					canvas.rectangle(position.getLeft() + 3, position.getBottom() + 3, width, position.getHeight() - 6);
					canvas.fill();
					canvas.restoreState();
				});
			}
			pdf.addCell(cell);
			pdf.addCell(plain(bar.shown(), CELL_BOLD, Element.ALIGN_RIGHT));
		}
		return pdf;
	}

	private static PdfPCell plain(String text, Font font, int alignment) {
		var cell = new PdfPCell(new Phrase(text, font));
		cell.setBorder(Rectangle.NO_BORDER);
		cell.setPadding(3);
		cell.setHorizontalAlignment(alignment);
		return cell;
	}

	private static Font font(com.lowagie.text.pdf.BaseFont base, float size, Color color) {
		var font = new Font(base, size);
		font.setColor(color);
		return font;
	}
}
