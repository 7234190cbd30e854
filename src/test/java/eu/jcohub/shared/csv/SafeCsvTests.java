package eu.jcohub.shared.csv;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeCsvTests {

	@ParameterizedTest
	@ValueSource(strings = { "=1+1", "+cmd|' /C calc'!A0", "-2+3", "@SUM(1)", "\tTAB", "\rCR", "＝1+1", "＋1", "－1", "＠A1",
			"'=quoted", "''@twice" })
	void aCellASpreadsheetWouldRunIsWrittenAsTextAndReadBackAsTyped(String typed) {
		var cell = SafeCsv.cell(typed);
		assertThat(cell).startsWith("'").endsWith(typed.substring(1)).hasSize(typed.length() + 1);
		assertThat(SafeCsv.read(cell)).isEqualTo(typed);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "HARBOUR SWEEP", "2093-02-01", "ocu@example.eu", "a=b", " =leading space", "'quoted'",
			"''", "1-2" })
	void anyOtherTextIsLeftAsItIs(String typed) {
		assertThat(SafeCsv.cell(typed)).isEqualTo(typed);
		assertThat(SafeCsv.read(typed)).isEqualTo(typed);
	}

	@Test
	void theFileHasNoCellAndNoHeaderThatStartsAFormula() throws IOException {
		var csv = SafeCsv.write(List.of("name", "=header"), List.of(List.of("=HYPERLINK(\"http://x\",\"y\")", -2),
				java.util.Arrays.asList(null, "@x, with a comma")));
		try (var parser = CSVParser.parse(csv, CSVFormat.DEFAULT)) {
			var values = parser.getRecords().stream().flatMap(record -> record.stream()).toList();
			assertThat(values).containsExactly("name", "'=header", "'=HYPERLINK(\"http://x\",\"y\")", "'-2", "",
					"'@x, with a comma");
		}
	}

	@Test
	void noOtherClassWritesCsv() {
		var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("eu.jcohub");
		noClasses().that().resideOutsideOfPackage("eu.jcohub.shared.csv")
			.should().dependOnClassesThat().haveFullyQualifiedName("org.apache.commons.csv.CSVPrinter")
			.orShould().callMethod(CSVFormat.class, "print", Appendable.class)
			.because("every CSV JCO Hub writes goes through SafeCsv, which keeps formulas from running")
			.check(classes);
	}
}
