package eu.jcohub.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import eu.jcohub.support.Api;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.TestAccounts;
import java.io.ByteArrayInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class TablingListTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@BeforeEach
	void planTheSemester() {
		var csv = ImportTests.HEADER
				+ "TL-92-1,Tabling Alpha,OTHER_BODY,FRONTEX,,ES;PT,,,,,COCAINE,AIR_CARGO,,2092-02-01,2092-02-10,,,\r\n"
				+ "TL-92-2,Tabling Beta,OTHER_BODY,EUROPOL,,FR,,,,,CIGARETTES,,,2092-05-01,2092-05-03,,,\r\n"
				+ "TL-92-3,Tabling Later,OTHER_BODY,EUROPOL,,FR,,,,,CIGARETTES,,,2092-08-01,2092-08-03,,,\r\n";
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
	void theSpreadsheetHasARowPerOperationAndTheMarking() throws Exception {
		var xlsx = Api.as(port, accounts.secretariat()).get("/api/tabling-list.xlsx?semester=2092-1");
		assertThat(xlsx.status()).isEqualTo(200);
		assertThat(xlsx.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("JCO HUB – CALENDAR");
			assertThat(sheet.getLastRowNum()).isEqualTo(TablingListXlsx.FIRST_DATA_ROW + 1);
			var first = sheet.getRow(TablingListXlsx.FIRST_DATA_ROW);
			var second = sheet.getRow(TablingListXlsx.FIRST_DATA_ROW + 1);
			assertThat(first.getCell(0).getStringCellValue()).isEqualTo("EUROPOL");
			assertThat(first.getCell(1).getStringCellValue()).isEqualTo("Tabling Beta");
			assertThat(second.getCell(1).getStringCellValue()).isEqualTo("Tabling Alpha");
			assertThat(second.getCell(8).getStringCellValue()).isEqualTo("AIR_CARGO");
			assertThat(sheet.getFooter().getRight()).contains("&P").contains("&N");
		}
	}

	@Test
	void aMalformedSemesterIsABadRequest() {
		assertThat(Api.as(port, accounts.secretariat()).get("/api/tabling-list.pdf?semester=2092-3").status()).isEqualTo(400);
	}
}
