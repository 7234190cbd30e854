package eu.jcohub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.library.DocumentFormat;
import eu.jcohub.library.internal.DocumentReader;
import eu.jcohub.operations.OperationType;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The demo's Library, without Spring: the operation the demo script finds by a word of its report has run on any
 * day of a first start, its plan agrees with what its report tells, and the final reports the demo writes are real PDFs whose words the Library reads.
 */
class DemoLibraryTests {

	@Test
	void theStoryOperationIsAFullScaleJcoOfLastYearWhateverTheDayOfTheFirstStart() {
		for (var today = LocalDate.of(2027, 1, 1); today.getYear() == 2027; today = today.plusDays(17)) {
			var day = today;
			var story = DemoPlans.generate(today, new Random(DemoData.SEED)).stream()
				.filter(operation -> operation.plan().name().equals(DemoLibrary.STORY)).findFirst().orElseThrow();
			assertThat(story.plan().type()).isEqualTo(OperationType.JCO_FULL_SCALE);
			assertThat(story.plan().lastPhase().end()).as("on " + day).isBefore(day);
			assertThat(story.plan().countriesTakingPart()).as("leader.dk reads it").contains("DK");
			assertThat(story.plan().transportModes()).as("its report tells of lorries' tachographs").containsOnly("ROAD");
			assertThat(story.plan().riskAreas()).as("and of cigarettes").contains("CIGARETTES");
		}
	}

	@Test
	void aFinalReportIsARealPdfWhoseWordsTheLibraryReads() {
		var results = new LinkedHashMap<String, String>();
		results.put("Seizures", "41");
		var report = new DemoFinalReport("ARKTOS", "Joint Customs Operation of the CCWP", "JCO HUB – PARTICIPANTS ONLY",
				"Lorries were selected by risk profile.", List.of("Denmark", "Łotwa"), results,
				List.of("Tachograph records showed 41 lorries whose drivers were elsewhere."), List.of("Keep the readers."));
		var read = new DocumentReader().read("Final report ARKTOS.pdf", report.pdf());
		assertThat(read.format()).isEqualTo(DocumentFormat.PDF);
		assertThat(read.text()).contains("ARKTOS – final report", "Tachograph records showed 41 lorries", "Łotwa",
				"JCO HUB – PARTICIPANTS ONLY", "page 1 of 1");
	}
}
