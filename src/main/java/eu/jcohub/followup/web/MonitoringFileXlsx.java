package eu.jcohub.followup.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The monitoring file as a spreadsheet: marking, title and generation line above a table with one row per
 * recommendation; the header row frozen with a filter, and the marking and page numbers on every printed page.
 */
final class MonitoringFileXlsx {

	static final int HEADER_ROW = 3;
	private static final int[] WIDTHS = { 9, 30, 60, 24, 16, 40, 50, 20 };

	private MonitoringFileXlsx() {
	}

	static byte[] render(MonitoringFile file) {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(file.title()));
			var bold = workbook.createFont();
			bold.setBold(true);
			CellStyle header = workbook.createCellStyle();
			header.setFont(bold);
			header.setWrapText(true);
			header.setVerticalAlignment(VerticalAlignment.TOP);
			CellStyle text = workbook.createCellStyle();
			text.setWrapText(true);
			text.setVerticalAlignment(VerticalAlignment.TOP);
			CellStyle marking = workbook.createCellStyle();
			marking.setFont(bold);
			sheet.createRow(0).createCell(0).setCellValue(file.marking());
			sheet.getRow(0).getCell(0).setCellStyle(marking);
			sheet.createRow(1).createCell(0).setCellValue(file.title());
			sheet.createRow(2).createCell(0).setCellValue(file.generated());
			var headings = sheet.createRow(HEADER_ROW);
			for (int i = 0; i < file.headings().size(); i++) {
				var cell = headings.createCell(i);
				cell.setCellValue(file.headings().get(i));
				cell.setCellStyle(header);
			}
			int row = HEADER_ROW + 1;
			for (var values : file.rows()) {
				var cells = sheet.createRow(row++);
				for (int i = 0; i < values.size(); i++) {
					var cell = cells.createCell(i);
					cell.setCellValue(values.get(i));
					cell.setCellStyle(text);
				}
			}
			sheet.createFreezePane(0, HEADER_ROW + 1);
			sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, row - 1), 0,
					file.headings().size() - 1));
			for (int i = 0; i < WIDTHS.length && i < file.headings().size(); i++) {
				sheet.setColumnWidth(i, WIDTHS[i] * 256);
			}
			printed(sheet, file);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void printed(XSSFSheet sheet, MonitoringFile file) {
		sheet.getPrintSetup().setLandscape(true);
		sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
		sheet.setFitToPage(true);
		sheet.getPrintSetup().setFitWidth((short) 1);
		sheet.getPrintSetup().setFitHeight((short) 0);
		sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
		sheet.getHeader().setCenter(file.marking());
		sheet.getFooter().setCenter(file.marking());
		sheet.getFooter().setLeft(file.generated());
		sheet.getFooter().setRight("&P / &N");
	}
}
