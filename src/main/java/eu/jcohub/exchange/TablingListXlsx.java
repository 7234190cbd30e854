package eu.jcohub.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The tabling list as a spreadsheet: one row per operation with its organiser, the marking and generation date
 * above the table, and on every printed page the marking and page numbers.
 */
final class TablingListXlsx {

	static final int FIRST_DATA_ROW = 4;

	private TablingListXlsx() {
	}

	static byte[] render(TablingList list) {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet("Tabling list " + list.semester());
			var bold = workbook.createCellStyle();
			var font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			text(sheet, 0, list.marking()).setCellStyle(bold);
			text(sheet, 1, list.title());
			text(sheet, 2, "Generated " + list.generatedOn());
			var header = sheet.createRow(3);
			header.createCell(0).setCellValue("Organiser");
			for (int i = 0; i < TablingList.COLUMNS.length; i++) {
				header.createCell(i + 1).setCellValue(TablingList.COLUMNS[i]);
			}
			header.forEach(cell -> cell.setCellStyle(bold));
			int row = FIRST_DATA_ROW;
			for (var group : list.groups()) {
				for (var view : group.operations()) {
					var cells = sheet.createRow(row++);
					cells.createCell(0).setCellValue(group.organiser());
					var values = TablingList.cells(view);
					for (int i = 0; i < values.size(); i++) {
						cells.createCell(i + 1).setCellValue(values.get(i));
					}
				}
			}
			sheet.createFreezePane(0, FIRST_DATA_ROW);
			for (int i = 0; i <= TablingList.COLUMNS.length; i++) {
				sheet.setColumnWidth(i, i == 1 ? 40 * 256 : 18 * 256);
			}
			printed(sheet, list);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
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
		sheet.setRepeatingRows(new org.apache.poi.ss.util.CellRangeAddress(3, 3, -1, -1));
		sheet.getHeader().setCenter(list.marking());
		sheet.getFooter().setCenter(list.marking());
		sheet.getFooter().setLeft("Generated " + list.generatedOn());
		sheet.getFooter().setRight("Page &P of &N");
	}
}
