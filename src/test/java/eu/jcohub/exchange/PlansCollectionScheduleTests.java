package eu.jcohub.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlansCollectionScheduleTests {

	@Test
	void nothingIsDueMoreThanEightWeeksBeforeThePresidency() {
		assertThat(PlansCollectionSchedule.due(LocalDate.of(2027, 11, 5))).isEmpty();
		assertThat(PlansCollectionSchedule.due(LocalDate.of(2027, 5, 5))).isEmpty();
		assertThat(PlansCollectionSchedule.due(LocalDate.of(2027, 1, 1))).isEmpty();
	}

	@Test
	void theComingSemesterIsDueFromEightWeeksBeforeItStarts() {
		// 1 January 2028 minus 8 weeks = 6 November 2027
		assertThat(PlansCollectionSchedule.due(LocalDate.of(2027, 11, 6))).contains(new Semester(2028, 1));
		assertThat(PlansCollectionSchedule.due(LocalDate.of(2027, 12, 31))).contains(new Semester(2028, 1));
		// 1 July 2027 minus 8 weeks = 6 May 2027
		assertThat(PlansCollectionSchedule.due(LocalDate.of(2027, 5, 6))).contains(new Semester(2027, 2));
		assertThat(PlansCollectionSchedule.due(LocalDate.of(2027, 6, 30))).contains(new Semester(2027, 2));
	}

	@Test
	void theEventNamesTheSemesterItsStartAndTheDayThePlansAreDue() {
		var event = PlansCollectionSchedule.event(new Semester(2027, 2));
		assertThat(event.semester()).isEqualTo("2027-2");
		assertThat(event.presidencyStart()).isEqualTo(LocalDate.of(2027, 7, 1));
		assertThat(event.dueDate()).isEqualTo(LocalDate.of(2027, 6, 30));
	}

	@Test
	void semestersParseAndSpanTheirHalfYear() {
		var semester = Semester.parse("2027-2");
		assertThat(semester.start()).isEqualTo(LocalDate.of(2027, 7, 1));
		assertThat(semester.end()).isEqualTo(LocalDate.of(2027, 12, 31));
		assertThat(semester.next()).isEqualTo(new Semester(2028, 1));
		assertThat(Semester.coming(LocalDate.of(2026, 11, 28))).isEqualTo(new Semester(2027, 1));
		assertThatThrownBy(() -> Semester.parse("2027-3")).isInstanceOf(IllegalArgumentException.class);
	}
}
