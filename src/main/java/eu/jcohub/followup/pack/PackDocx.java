package eu.jcohub.followup.pack;

import eu.jcohub.followup.pack.Chapter.Chart;
import eu.jcohub.followup.pack.Chapter.Heading;
import eu.jcohub.followup.pack.Chapter.Table;
import eu.jcohub.followup.pack.Chapter.Text;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * A {@link PackDocument} as DOCX, for the participants to edit: the same title page, contents, numbered chapters,
 * tables and figures (bars as blocks of a length to scale, the figure beside them), the marking in the header and
 * in the footer with the page number, which the word processor counts.
 */
public final class PackDocx {

	private static final String INK = "212529";
	private static final String ACCENT = "154378";
	private static final String MARK = "B00020";
	private static final int BAR_BLOCKS = 30;

	private PackDocx() {
	}

	public static byte[] render(PackDocument doc) {
		try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
			headerAndFooter(document, doc);
			titlePage(document, doc);
			contents(document, doc);
			int tables = 0;
			int figures = 0;
			for (int c = 0; c < doc.chapters().size(); c++) {
				var chapter = doc.chapters().get(c);
				text(document, (c + 1) + "  " + chapter.title(), 15, true, ACCENT).setSpacingBefore(c == 0 ? 0 : 360);
				int section = 0;
				for (var block : chapter.blocks()) {
					if (block instanceof Text text) {
						text(document, text.text(), 10, false, INK);
					}
					else if (block instanceof Heading h) {
						section++;
						text(document, (c + 1) + "." + section + "  " + h.text(), 11.5, true, INK).setSpacingBefore(200);
					}
					else if (block instanceof Table table) {
						table(document, table, doc.words(), ++tables);
					}
					else if (block instanceof Chart chart) {
						chart(document, chart, doc.words(), ++figures);
					}
				}
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void headerAndFooter(XWPFDocument document, PackDocument doc) {
		var header = document.createHeader(HeaderFooterType.DEFAULT).createParagraph();
		header.setAlignment(ParagraphAlignment.CENTER);
		run(header, doc.marking(), 8, true, MARK);
		var footer = document.createFooter(HeaderFooterType.DEFAULT).createParagraph();
		footer.setAlignment(ParagraphAlignment.CENTER);
		run(footer, doc.marking(), 8, true, MARK);
		run(footer, "  ·  " + doc.footer() + "  ·  ", 7, false, INK);
		footer.getCTP().addNewFldSimple().setInstr("PAGE");
	}

	private static void titlePage(XWPFDocument document, PackDocument doc) {
		text(document, doc.kind().toUpperCase(java.util.Locale.ROOT), 11, true, ACCENT).setSpacingBefore(2400);
		text(document, doc.title(), 24, true, INK).setSpacingAfter(400);
		doc.facts().forEach(fact -> text(document, fact, 11, false, INK));
		document.createParagraph().createRun().addBreak(BreakType.PAGE);
	}

	private static void contents(XWPFDocument document, PackDocument doc) {
		text(document, doc.words().contents(), 15, true, ACCENT);
		for (int c = 0; c < doc.chapters().size(); c++) {
			text(document, (c + 1) + "  " + doc.chapters().get(c).title(), 11, false, INK);
		}
		document.createParagraph().createRun().addBreak(BreakType.PAGE);
	}

	private static void table(XWPFDocument document, Table table, PackDocument.Words words, int number) {
		if (table.caption() != null) {
			text(document, words.table() + " " + number + ": " + table.caption(), 9, true, INK).setSpacingBefore(120);
		}
		var rows = table.rows().isEmpty() ? java.util.List.of(java.util.List.of(words.none())) : table.rows();
		var docx = document.createTable(rows.size() + 1, table.headings().size());
		docx.setWidth("100%");
		for (int i = 0; i < table.headings().size(); i++) {
			cell(docx, 0, i, table.headings().get(i), true, table.numeric().get(i));
			docx.getRow(0).getCell(i).setColor("E9EEF5");
		}
		for (int r = 0; r < rows.size(); r++) {
			for (int i = 0; i < rows.get(r).size(); i++) {
				cell(docx, r + 1, i, rows.get(r).get(i), false, table.numeric().get(i));
			}
		}
		document.createParagraph();
	}

	private static void chart(XWPFDocument document, Chart chart, PackDocument.Words words, int number) {
		text(document, words.figure() + " " + number + ": " + chart.caption(), 9, true, INK).setSpacingBefore(120);
		var docx = document.createTable(chart.bars().size(), 3);
		docx.setWidth("100%");
		var largest = chart.largest();
		for (int r = 0; r < chart.bars().size(); r++) {
			var bar = chart.bars().get(r);
			int blocks = largest.signum() <= 0 || bar.value().signum() <= 0 ? 0
					: Math.max(1, (int) Math.round(BAR_BLOCKS * bar.value().doubleValue() / largest.doubleValue()));
			cell(docx, r, 0, bar.label(), false, false);
			var barCell = docx.getRow(r).getCell(1).getParagraphs().get(0);
			run(barCell, "█".repeat(blocks), 8, false, ACCENT);
			cell(docx, r, 2, bar.shown(), true, true);
		}
		document.createParagraph();
	}

	private static void cell(XWPFTable table, int row, int column, String text, boolean bold, boolean right) {
		var paragraph = table.getRow(row).getCell(column).getParagraphs().get(0);
		paragraph.setAlignment(right ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
		run(paragraph, text, 8.5, bold, INK);
	}

	private static XWPFParagraph text(XWPFDocument document, String text, double size, boolean bold, String color) {
		var paragraph = document.createParagraph();
		paragraph.setSpacingAfter(120);
		run(paragraph, text, size, bold, color);
		return paragraph;
	}

	private static void run(XWPFParagraph paragraph, String text, double size, boolean bold, String color) {
		var lines = text.split("\n", -1);
		var run = paragraph.createRun();
		run.setFontFamily("Liberation Sans");
		run.setFontSize(size);
		run.setBold(bold);
		run.setColor(color);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				run.addBreak();
			}
			run.setText(lines[i], i);
		}
	}
}
