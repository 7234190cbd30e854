package eu.jcohub.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvRecordsTests {

	@Test
	void aQuotedFieldMayRunOverSeveralLinesAndTheNextRecordKeepsItsFileLine() {
		var records = CsvRecords.of("name,objectives\r\nA,\"first\r\nsecond \"\"quoted\"\"\"\r\n\r\nB,plain\r\n");
		assertThat(records).extracting(CsvRecords.Record::line).containsExactly(1, 2, 5);
		assertThat(records).allMatch(record -> record.fault() == null);
		assertThat(records.get(1).text()).isEqualTo("A,\"first\r\nsecond \"\"quoted\"\"\"");
	}

	@Test
	void anUnclosedQuoteSpoilsOnlyItsOwnLine() {
		var records = CsvRecords.of("name,objectives\nA,ok\nB,\"never closed\nC,ok\nD,\"fine, really\"\n");
		assertThat(records).extracting(CsvRecords.Record::line).containsExactly(1, 2, 3, 4, 5);
		assertThat(records.get(2).fault()).isEqualTo("a quoted field is not closed");
		assertThat(records.get(2).text()).isEqualTo("B,\"never closed");
		assertThat(records).filteredOn(record -> record.line() != 3).allMatch(record -> record.fault() == null);
	}

	@Test
	void textAfterAClosingQuoteIsTheLinesFault() {
		var records = CsvRecords.of("name\n\"A\"B\n\"C\"  \nD");
		assertThat(records.get(1).fault()).isEqualTo("a quoted field has text after its closing quote");
		assertThat(records.get(2).fault()).isNull();
		assertThat(records.get(3).text()).isEqualTo("D");
	}

	@Test
	void aQuoteInsideAnUnquotedFieldIsJustACharacter() {
		var records = CsvRecords.of("name,place\nA,5\" pipe\nB,x\n");
		assertThat(records).hasSize(3).allMatch(record -> record.fault() == null);
	}

	@Test
	void aQuoteLeftOpenOverMoreThanAnOperationsTextEndsThere() {
		var records = CsvRecords.of("name\nA,\"" + "x\n".repeat(CsvRecords.MAX_QUOTED) + "\"\nB\n");
		assertThat(records.get(1).fault()).isEqualTo("a quoted field is not closed");
		assertThat(records).extracting(CsvRecords.Record::text).contains("B");
	}
}
