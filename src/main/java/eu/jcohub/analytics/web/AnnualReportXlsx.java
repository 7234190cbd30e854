package eu.jcohub.analytics.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The annual report as a spreadsheet: a first sheet saying what was counted, then one sheet per chart with its
 * numbers as numbers (a spreadsheet draws its own charts from them), the marking on every printed page.
 */
final class AnnualReportXlsx {

	static final int HEADER_ROW = 3;

	private AnnualReportXlsx() {
	}

	static byte[] render(AnnualReport report, String contentsHeading) {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			var bold = workbook.createFont();
			bold.setBold(true);
			CellStyle strong = workbook.createCellStyle();
			strong.setFont(bold);
			strong.setWrapText(true);
			var contents = workbook.createSheet(WorkbookUtil.createSafeSheetName(contentsHeading));
			header(contents, report, strong);
			contents.createRow(HEADER_ROW).createCell(0).setCellValue(report.scope());
			int line = HEADER_ROW + 2;
			int number = 1;
			for (var chart : report.charts()) {
				contents.createRow(line++).createCell(0).setCellValue(number++ + ". " + chart.title());
			}
			contents.setColumnWidth(0, 120 * 256);
			printed(contents, report);
			number = 1;
			for (var chart : report.charts()) {
				var name = WorkbookUtil.createSafeSheetName(number++ + " " + chart.title());
				var sheet = workbook.createSheet(name);
				header(sheet, report, strong);
				sheet.getRow(1).getCell(0).setCellValue(chart.title());
				sheet.getRow(2).getCell(0).setCellValue(chart.description());
				var headings = sheet.createRow(HEADER_ROW);
				for (int i = 0; i < chart.headings().size(); i++) {
					var cell = headings.createCell(i);
					cell.setCellValue(chart.headings().get(i));
					cell.setCellStyle(strong);
				}
				int row = HEADER_ROW + 1;
				for (var values : chart.rows()) {
					var cells = sheet.createRow(row++);
					cells.createCell(0).setCellValue(values.label());
					for (int i = 0; i < values.cells().size(); i++) {
						var text = values.cells().get(i);
						var cell = cells.createCell(i + 1);
						if (text.matches("-?[0-9]+(\\.[0-9]+)?")) {
							cell.setCellValue(new BigDecimal(text).doubleValue());
						}
						else {
							cell.setCellValue(text);
						}
					}
				}
				if (chart.empty()) {
					sheet.createRow(row).createCell(0).setCellValue(report.empty());
				}
				sheet.setColumnWidth(0, 45 * 256);
				for (int i = 1; i < chart.headings().size(); i++) {
					sheet.setColumnWidth(i, 16 * 256);
				}
				sheet.createFreezePane(0, HEADER_ROW + 1);
				printed(sheet, report);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void header(XSSFSheet sheet, AnnualReport report, CellStyle strong) {
		sheet.createRow(0).createCell(0).setCellValue(report.marking());
		sheet.getRow(0).getCell(0).setCellStyle(strong);
		sheet.createRow(1).createCell(0).setCellValue(report.title());
		sheet.createRow(2).createCell(0).setCellValue(report.generated());
	}

	private static void printed(XSSFSheet sheet, AnnualReport report) {
		sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
		sheet.setFitToPage(true);
		sheet.getPrintSetup().setFitWidth((short) 1);
		sheet.getPrintSetup().setFitHeight((short) 0);
		sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
		sheet.getHeader().setCenter(report.marking());
		sheet.getFooter().setCenter(report.marking());
		sheet.getFooter().setLeft(report.generated());
		sheet.getFooter().setRight("&P / &N");
	}
}
