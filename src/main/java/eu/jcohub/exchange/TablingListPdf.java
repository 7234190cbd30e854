package eu.jcohub.exchange;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import eu.jcohub.shared.pdf.MarkedPdf;
import eu.jcohub.shared.pdf.PdfFonts;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The tabling list as PDF (landscape A4). The table is laid out first; a second pass stamps every page with
 * the handling marking, the generation date and "page i of n", which needs the page count. Lines wrap at spaces
 * only, and every column is at least as wide as its longest word, so no word is cut in two.
 */
final class TablingListPdf {

	private static final float MARGIN = 28;
	private static final float TEXT_SIZE = 7.5f;
	/** A cell's padding on both sides, its borders, and a little air so that a word that fits does fit. */
	private static final float CELL_SPACE = 2 * 2 + 2 + 1.5f;
	/** A column never takes more than this share of the width, however long its texts, unless its words need it. */
	private static final float WIDEST_SHARE = 0.22f;
	private static final char NO_BREAK = '\u00a0';
	private static final SplitCharacter AT_SPACES = (start, current, end, chars, chunks) -> chars[current] == ' ';
	private static final BaseFont REGULAR = PdfFonts.REGULAR;
	private static final BaseFont BOLD = PdfFonts.BOLD;
	private static final Font TITLE = new Font(BOLD, 13);
	private static final Font ORGANISER = new Font(BOLD, 10);
	private static final Font HEADER = new Font(BOLD, TEXT_SIZE);
	private static final Font CELL = new Font(REGULAR, TEXT_SIZE);

	private TablingListPdf() {
	}

	static byte[] render(TablingList list) {
		return MarkedPdf.stamp(layOut(list), list.marking(),
				(page, pages) -> list.texts().generated() + " · " + list.texts().page(page, pages));
	}

	private static byte[] layOut(TablingList list) {
		var out = new ByteArrayOutputStream();
		var page = PageSize.A4.rotate();
		var document = new Document(page, MARGIN, MARGIN, 40, 40);
		try {
			PdfWriter.getInstance(document, out);
			document.open();
			document.add(new Paragraph(list.texts().title(), TITLE));
			document.add(new Paragraph(list.texts().summary(), CELL));
			if (list.groups().isEmpty()) {
				document.add(new Paragraph(list.texts().empty(), CELL));
			}
			var widths = widths(list, page.getWidth() - 2 * MARGIN);
			for (var group : list.groups()) {
				var heading = new Paragraph(group.organiser(), ORGANISER);
				heading.setSpacingBefore(10);
				heading.setSpacingAfter(4);
				document.add(heading);
				document.add(table(list.texts().columns(), group, widths));
			}
			document.close();
		}
		catch (DocumentException e) {
			throw new IllegalStateException("the tabling list could not be laid out", e);
		}
		return out.toByteArray();
	}

	private static PdfPTable table(List<String> columns, TablingList.Group group, float[] widths)
			throws DocumentException {
		var table = new PdfPTable(widths.length);
		table.setTotalWidth(widths);
		table.setLockedWidth(true);
		table.setHeaderRows(1);
		for (var column : columns) {
			var cell = new PdfPCell(phrase(column, HEADER));
			cell.setBackgroundColor(new Color(230, 234, 240));
			table.addCell(cell);
		}
		for (var row : group.rows()) {
			cells(row).forEach(text -> table.addCell(new PdfPCell(phrase(text, CELL))));
		}
		return table;
	}

	/** A row's cells as printed: each period of the operation on a line of its own, never split. */
	static List<String> cells(TablingList.Row row) {
		var cells = new ArrayList<>(row.cells());
		cells.set(TablingList.Row.PHASES, Arrays.stream(row.phases().split("; ")).map(period -> period.replace(' ', NO_BREAK))
			.collect(Collectors.joining("\n")));
		return cells;
	}

	private static Phrase phrase(String text, Font font) {
		return new Phrase(new Chunk(text, font).setSplitCharacter(AT_SPACES));
	}

	/**
	 * Each column gets the width of its longest word; what is left goes to the columns whose texts would still
	 * wrap, in proportion to how much more they would take on one line (capped, so one long column cannot take all).
	 */
	static float[] widths(TablingList list, float total) {
		var columns = list.texts().columns();
		var least = new float[columns.size()];
		var wanted = new float[columns.size()];
		for (int c = 0; c < columns.size(); c++) {
			least[c] = longestWord(columns.get(c), BOLD);
			wanted[c] = BOLD.getWidthPoint(columns.get(c), TEXT_SIZE);
		}
		for (var group : list.groups()) {
			for (var row : group.rows()) {
				var cells = cells(row);
				for (int c = 0; c < cells.size(); c++) {
					least[c] = Math.max(least[c], longestWord(cells.get(c), REGULAR));
					wanted[c] = Math.max(wanted[c], longestLine(cells.get(c), REGULAR));
				}
			}
		}
		var widths = new float[columns.size()];
		for (int c = 0; c < widths.length; c++) {
			widths[c] = least[c] + CELL_SPACE;
			wanted[c] = Math.max(widths[c], Math.min(wanted[c] + CELL_SPACE, total * WIDEST_SHARE));
		}
		spread(widths, wanted, total);
		return widths;
	}

	private static void spread(float[] widths, float[] wanted, float total) {
		float left = total - sum(widths);
		float missing = 0;
		for (int c = 0; c < widths.length; c++) {
			missing += wanted[c] - widths[c];
		}
		if (left <= 0) {
			// Words wider than the page: shrink every column alike; the longest words then have to break.
			float scale = total / sum(widths);
			for (int c = 0; c < widths.length; c++) {
				widths[c] *= scale;
			}
			return;
		}
		float towardsWanted = Math.min(left, missing);
		for (int c = 0; c < widths.length; c++) {
			widths[c] += missing == 0 ? 0 : towardsWanted * (wanted[c] - widths[c]) / missing;
		}
		float rest = (left - towardsWanted) / widths.length;
		for (int c = 0; c < widths.length; c++) {
			widths[c] += rest;
		}
	}

	private static float longestWord(String text, BaseFont font) {
		return (float) Arrays.stream(text.split("[ \n]")).mapToDouble(word -> font.getWidthPoint(word, TEXT_SIZE)).max()
			.orElse(0);
	}

	private static float longestLine(String text, BaseFont font) {
		return (float) Arrays.stream(text.split("\n")).mapToDouble(line -> font.getWidthPoint(line, TEXT_SIZE)).max()
			.orElse(0);
	}

	private static float sum(float[] values) {
		float sum = 0;
		for (var value : values) {
			sum += value;
		}
		return sum;
	}
}
