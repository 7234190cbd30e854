package eu.jcohub.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import eu.jcohub.support.Api;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.TestAccounts;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class TablingListTests {

	/** An enum name or a code with an underscore: NATIONAL_…, AIR_CARGO, MARITIME_CONTAINER. */
	private static final String CODE = "\\b[A-Z]+_[A-Z_]+\\b";

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@BeforeEach
	void planTheSemester() {
		var csv = ImportTests.HEADER
				+ "TL-92-1,Tabling Alpha,OTHER_BODY,FRONTEX,,ES;PT,,,,,COCAINE,AIR_CARGO,,2092-02-01,2092-02-10,,,\r\n"
				+ "TL-92-2,Tabling Beta,OTHER_BODY,EUROPOL,,FR,,,,,CIGARETTES,,,2092-05-01,2092-05-03,,,\r\n"
				+ "TL-92-3,Tabling Later,OTHER_BODY,EUROPOL,,FR,,,,,CIGARETTES,,,2092-08-01,2092-08-03,,,\r\n"
				+ "TL-92-4,Tabling Wrapped,OTHER_BODY,FRONTEX,,AT;BE;BG;HR;CY;CZ;DK;EE;FI;FR;DE;GR;HU;IE;IT;LV;LT;LU;MT;"
				+ "NL;PL;PT;RO;SK;SI;ES;SE,,,,,CIGARETTES;COCAINE;COUNTERFEIT,MARITIME_CONTAINER;MARITIME_RORO;AIR_CARGO,"
				+ "ESALG;ESBCN;ITGIT;FRMRS;FIHEL,2092-03-01,2092-03-10,2092-03-20,2092-03-31,\r\n";
		var response = Upload.file(Api.as(port, accounts.secretariat()), "tabling.csv", csv, java.util.Map.of());
		assertThat(response.status()).as(response.body()).isEqualTo(200);
	}

	@Test
	void thePdfListsTheSemestersOperationsWithMarkingAndPageNumbers() throws Exception {
		var pdf = Api.as(port, accounts.coordinatorPt()).get("/api/tabling-list.pdf?semester=2092-1");
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.contentType()).isEqualTo("application/pdf");
		try (var reader = new PdfReader(pdf.bytes())) {
			assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(1);
			var text = new PdfTextExtractor(reader).getTextFromPage(1);
			assertThat(text).contains("Tabling Alpha").contains("Tabling Beta").doesNotContain("Tabling Later");
			assertThat(text).contains("JCO HUB – CALENDAR").contains("Page 1 of " + reader.getNumberOfPages())
				.contains("European Border and Coast Guard Agency");
		}
	}

	@Test
	void thePdfSpeaksInWordsAndBreaksNoWord() throws Exception {
		var pdf = Api.as(port, accounts.coordinatorPt()).get("/api/tabling-list.pdf?semester=2092-1");
		try (var reader = new PdfReader(pdf.bytes())) {
			var extractor = new PdfTextExtractor(reader);
			var text = new StringBuilder();
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				text.append(extractor.getTextFromPage(page)).append('\n');
			}
			// The extractor ends each printed line with a line break and writes a no-break space as spaces.
			var lines = text.toString().lines().map(line -> line.replaceAll("[\\s\\u00a0]+", " ").strip()).toList();
			var flowing = String.join(" ", lines);
			assertThat(flowing).contains("Operation of another body", "Tabled for coordination", "Cocaine", "Air cargo",
					"Spain", "Portugal", "Counterfeit goods (IPR)", "Maritime: containers");
			assertThat(flowing).doesNotContainPattern(CODE).doesNotContain("OTHER_BODY", "TABLED", "JCO_", "MARITIME_",
					"FRONTEX (", "(FRONTEX)");
			// Cells follow each other without a space, so only words inside a cell stand alone between spaces.
			var words = Arrays.stream(flowing.split(" ")).map(word -> word.replaceAll("^[(]|[,;)]+$", ""))
				.collect(Collectors.toSet());
			assertThat(words).as("whole words, none cut at the end of a line").contains("another", "containers",
					"Netherlands", "Luxembourg", "Czechia", "Slovenia", "Barcelona", "Gioia", "Tauro", "Counterfeit");
			assertThat(lines).as("a period is never split across lines").contains("1 Mar 2092 – 10 Mar 2092",
					"20 Mar 2092 – 31 Mar 2092");
		}
	}

	@Test
	void theSpreadsheetHasARowPerOperationInWordsWithRealDates() throws Exception {
		var xlsx = Api.as(port, accounts.secretariat()).get("/api/tabling-list.xlsx?semester=2092-1");
		assertThat(xlsx.status()).isEqualTo(200);
		assertThat(xlsx.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("JCO HUB – CALENDAR");
			assertThat(sheet.getLastRowNum()).isEqualTo(TablingListXlsx.FIRST_DATA_ROW + 2);
			var header = sheet.getRow(TablingListXlsx.HEADER_ROW);
			assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Organiser");
			assertThat(header.getCell(4).getStringCellValue()).isEqualTo("First day");
			assertThat(header.getCell(10).getStringCellValue()).isEqualTo("Transport modes");

			var alpha = sheet.getRow(TablingListXlsx.FIRST_DATA_ROW);
			assertThat(alpha.getCell(0).getStringCellValue()).isEqualTo("European Border and Coast Guard Agency");
			assertThat(alpha.getCell(1).getStringCellValue()).isEqualTo("Tabling Alpha");
			assertThat(alpha.getCell(2).getStringCellValue()).isEqualTo("Operation of another body");
			assertThat(alpha.getCell(3).getStringCellValue()).isEqualTo("Tabled for coordination");
			for (int column : new int[] { 4, 5 }) {
				var day = alpha.getCell(column);
				assertThat(day.getCellType()).isEqualTo(CellType.NUMERIC);
				assertThat(DateUtil.isCellDateFormatted(day)).as("shown as a date").isTrue();
			}
			assertThat(alpha.getCell(4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2092, 2, 1));
			assertThat(alpha.getCell(5).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2092, 2, 10));
			assertThat(alpha.getCell(8).getStringCellValue()).isEqualTo("Portugal, Spain");
			assertThat(alpha.getCell(10).getStringCellValue()).isEqualTo("Air cargo");
			var wrapped = sheet.getRow(TablingListXlsx.FIRST_DATA_ROW + 1);
			assertThat(wrapped.getCell(1).getStringCellValue()).isEqualTo("Tabling Wrapped");
			assertThat(wrapped.getCell(5).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2092, 3, 31));
			assertThat(wrapped.getCell(6).getStringCellValue()).isEqualTo("1 Mar 2092 – 10 Mar 2092; 20 Mar 2092 – 31 Mar 2092");
			var beta = sheet.getRow(TablingListXlsx.FIRST_DATA_ROW + 2);
			assertThat(beta.getCell(0).getStringCellValue()).isEqualTo("European Union Agency for Law Enforcement Cooperation");
			for (int row = TablingListXlsx.FIRST_DATA_ROW; row <= sheet.getLastRowNum(); row++) {
				sheet.getRow(row).forEach(cell -> {
					if (cell.getCellType() == CellType.STRING) {
						assertThat(cell.getStringCellValue()).doesNotContainPattern(CODE);
					}
				});
			}
		}
	}

	@Test
	void theSpreadsheetHasAFilterRowAFrozenHeaderAndColumnsWideEnoughToRead() throws Exception {
		var xlsx = Api.as(port, accounts.secretariat()).get("/api/tabling-list.xlsx?semester=2092-1");
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
			int header = TablingListXlsx.HEADER_ROW + 1;
			assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A" + header + ":M" + (header + 3));
			var pane = sheet.getPaneInformation();
			assertThat(pane.isFreezePane()).isTrue();
			assertThat((int) pane.getHorizontalSplitPosition()).isEqualTo(TablingListXlsx.FIRST_DATA_ROW);
			for (int column = 0; column < 13; column++) {
				assertThat(sheet.getColumnWidth(column)).as("width of column %d", column).isGreaterThanOrEqualTo(12 * 256);
			}
			assertThat(sheet.getFooter().getRight()).isEqualTo("Page &P of &N");
			assertThat(sheet.getFooter().getCenter()).startsWith("JCO HUB – CALENDAR");
		}
	}

	@Test
	void aMalformedSemesterIsABadRequest() {
		assertThat(Api.as(port, accounts.secretariat()).get("/api/tabling-list.pdf?semester=2092-3").status()).isEqualTo(400);
	}
}
