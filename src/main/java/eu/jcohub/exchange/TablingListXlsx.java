package eu.jcohub.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The tabling list as a spreadsheet: the marking, title and generation date above a table with one row per
 * operation. The header row is frozen and carries a filter; the first and last days are real dates, so the list
 * sorts and filters by them; on every printed page the marking and page numbers.
 */
final class TablingListXlsx {

	static final int HEADER_ROW = 3;
	static final int FIRST_DATA_ROW = HEADER_ROW + 1;
	/** Characters, for the column widths: enough for most names, wrapping the rest. */
	private static final int NARROW = 14;
	private static final int WIDE = 36;

	private TablingListXlsx() {
	}

	static byte[] render(TablingList list) {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(list.texts().sheet()));
			var styles = new Styles(workbook);
			text(sheet, 0, list.marking()).setCellStyle(styles.bold);
			text(sheet, 1, list.texts().title());
			text(sheet, 2, list.texts().generated());
			var headings = headings(list.texts());
			var header = sheet.createRow(HEADER_ROW);
			for (int i = 0; i < headings.size(); i++) {
				var cell = header.createCell(i);
				cell.setCellValue(headings.get(i));
				cell.setCellStyle(styles.header);
			}
			int row = FIRST_DATA_ROW;
			for (var group : list.groups()) {
				for (var operation : group.rows()) {
					write(sheet.createRow(row++), group.organiser(), operation, styles);
				}
			}
			sheet.createFreezePane(0, FIRST_DATA_ROW);
			sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, row - 1), 0, headings.size() - 1));
			widths(sheet, headings.size());
			printed(sheet, list);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Organiser, the operation's name, type and status, its first and last day, then the PDF's other columns. */
	private static List<String> headings(TablingList.Texts texts) {
		var columns = texts.columns();
		var headings = new ArrayList<String>();
		headings.add(texts.organiser());
		headings.addAll(columns.subList(0, 3));
		headings.add(texts.firstDay());
		headings.add(texts.lastDay());
		headings.addAll(columns.subList(3, columns.size()));
		return headings;
	}

	private static void write(Row cells, String organiser, TablingList.Row operation, Styles styles) {
		var values = new ArrayList<String>();
		values.add(organiser);
		values.addAll(operation.cells());
		int column = 0;
		for (int i = 0; i < values.size(); i++) {
			if (i == 4) {
				date(cells, column++, operation.firstDay(), styles);
				date(cells, column++, operation.lastDay(), styles);
			}
			var cell = cells.createCell(column++);
			cell.setCellValue(values.get(i));
			cell.setCellStyle(styles.text);
		}
	}

	private static void date(Row cells, int column, java.time.LocalDate day, Styles styles) {
		var cell = cells.createCell(column);
		cell.setCellValue(day);
		cell.setCellStyle(styles.date);
	}

	private static void widths(XSSFSheet sheet, int columns) {
		for (int i = 0; i < columns; i++) {
			boolean wide = i == 0 || i == 1 || i >= 6;
			sheet.setColumnWidth(i, (wide ? WIDE : NARROW) * 256);
		}
	}

	private static org.apache.poi.ss.usermodel.Cell text(XSSFSheet sheet, int row, String value) {
		var cell = sheet.createRow(row).createCell(0);
		cell.setCellValue(value);
		return cell;
	}

	private static void printed(XSSFSheet sheet, TablingList list) {
		sheet.getPrintSetup().setLandscape(true);
		sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
		sheet.setFitToPage(true);
		sheet.getPrintSetup().setFitWidth((short) 1);
		sheet.getPrintSetup().setFitHeight((short) 0);
		sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
		sheet.getHeader().setCenter(list.marking());
		sheet.getFooter().setCenter(list.marking());
		sheet.getFooter().setLeft(list.texts().generated());
		// &P and &N are the spreadsheet's own page number and count.
		sheet.getFooter().setRight(list.texts().page("&P", "&N"));
	}

	/** Bold for the marking; a wrapped bold header; wrapped text; dates as the reader's spreadsheet shows them. */
	private static final class Styles {

		final CellStyle bold;
		final CellStyle header;
		final CellStyle text;
		final CellStyle date;

		Styles(XSSFWorkbook workbook) {
			var font = workbook.createFont();
			font.setBold(true);
			bold = workbook.createCellStyle();
			bold.setFont(font);
			header = workbook.createCellStyle();
			header.setFont(font);
			header.setWrapText(true);
			header.setVerticalAlignment(VerticalAlignment.TOP);
			text = workbook.createCellStyle();
			text.setWrapText(true);
			text.setVerticalAlignment(VerticalAlignment.TOP);
			date = workbook.createCellStyle();
			date.setVerticalAlignment(VerticalAlignment.TOP);
			// Built-in format 14 is the reader's own short date in Excel and LibreOffice.
			date.setDataFormat((short) 14);
		}
	}
}
