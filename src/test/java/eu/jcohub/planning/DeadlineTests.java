package eu.jcohub.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.jcohub.operations.Phase;
import eu.jcohub.shared.OperationId;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Deadlines counted back and forward from an operation's days, around month ends and leap years. */
class DeadlineTests {

	private static List<Phase> oneFrom(String first, String last) {
		return List.of(new Phase(LocalDate.parse(first), LocalDate.parse(last)));
	}

	private static LocalDate due(int amount, Deadline.Unit unit, Deadline.Anchor anchor, List<Phase> phases) {
		return new Deadline(amount, unit, anchor).dueFor(phases);
	}

	@Test
	void aMonthBeforeTheThirtyFirstOfMarchIsTheLastDayOfFebruaryInLeapAndCommonYears() {
		assertThat(due(-1, Deadline.Unit.MONTHS, Deadline.Anchor.FIRST_DAY, oneFrom("2028-03-31", "2028-04-09")))
			.isEqualTo("2028-02-29");
		assertThat(due(-1, Deadline.Unit.MONTHS, Deadline.Anchor.FIRST_DAY, oneFrom("2027-03-31", "2027-04-09")))
			.isEqualTo("2027-02-28");
	}

	@Test
	void aYearBeforeTheTwentyNinthOfFebruaryIsTheTwentyEighth() {
		assertThat(due(-12, Deadline.Unit.MONTHS, Deadline.Anchor.FIRST_DAY, oneFrom("2028-02-29", "2028-03-09")))
			.isEqualTo("2027-02-28");
	}

	@Test
	void monthsAfterTheLastDayEndOnTheLastDayOfAShorterMonth() {
		assertThat(due(6, Deadline.Unit.MONTHS, Deadline.Anchor.LAST_DAY, oneFrom("2027-08-20", "2027-08-31")))
			.isEqualTo("2028-02-29");
		assertThat(due(1, Deadline.Unit.MONTHS, Deadline.Anchor.LAST_DAY, oneFrom("2027-01-20", "2027-01-31")))
			.isEqualTo("2027-02-28");
		assertThat(due(3, Deadline.Unit.MONTHS, Deadline.Anchor.LAST_DAY, oneFrom("2027-11-21", "2027-11-30")))
			.isEqualTo("2028-02-29");
	}

	@Test
	void weeksAndDaysCountExactlyAcrossTheLeapDayAndTheNewYear() {
		assertThat(due(-2, Deadline.Unit.WEEKS, Deadline.Anchor.FIRST_DAY, oneFrom("2028-03-07", "2028-03-16")))
			.isEqualTo("2028-02-22");
		assertThat(due(-1, Deadline.Unit.DAYS, Deadline.Anchor.FIRST_DAY, oneFrom("2028-03-01", "2028-03-10")))
			.isEqualTo("2028-02-29");
		assertThat(due(-1, Deadline.Unit.DAYS, Deadline.Anchor.FIRST_DAY, oneFrom("2027-03-01", "2027-03-10")))
			.isEqualTo("2027-02-28");
		assertThat(due(5, Deadline.Unit.WEEKS, Deadline.Anchor.LAST_DAY, oneFrom("2027-12-01", "2027-12-10")))
			.isEqualTo("2028-01-14");
	}

	@Test
	void theSecondPhaseIsCountedFromItsFirstDayAndASinglePhaseFromItsOnly() {
		var split = List.of(new Phase(LocalDate.parse("2027-05-03"), LocalDate.parse("2027-05-12")),
				new Phase(LocalDate.parse("2027-06-01"), LocalDate.parse("2027-06-10")));
		assertThat(due(-10, Deadline.Unit.DAYS, Deadline.Anchor.SECOND_PHASE, split)).isEqualTo("2027-05-22");
		assertThat(due(5, Deadline.Unit.WEEKS, Deadline.Anchor.LAST_DAY, split)).isEqualTo("2027-07-15");
		assertThat(due(-3, Deadline.Unit.DAYS, Deadline.Anchor.SECOND_PHASE, oneFrom("2027-05-03", "2027-05-12")))
			.isEqualTo("2027-04-30");
	}

	@Test
	void aTemplateGivesDatedOpenTasksOwnedByTheOrganiserUnlessItNamesAnOwner() {
		var template = new ChecklistTemplate(UUID.randomUUID(), "T", null, List.of(
				new ChecklistTemplate.Item("Funding application", TaskCategory.FUNDING,
						new Deadline(-12, Deadline.Unit.MONTHS, Deadline.Anchor.FIRST_DAY), null),
				new ChecklistTemplate.Item("Business case reviewed", TaskCategory.PLANNING,
						new Deadline(-1, Deadline.Unit.MONTHS, Deadline.Anchor.FIRST_DAY), "CCWP"),
				new ChecklistTemplate.Item("Follow-up report", TaskCategory.FOLLOW_UP,
						new Deadline(6, Deadline.Unit.MONTHS, Deadline.Anchor.LAST_DAY), null)), 0);
		var operation = OperationId.random();

		var tasks = Checklists.generate(operation, oneFrom("2028-03-31", "2028-08-31"), "DK-CUSTOMS", template, 5);

		assertThat(tasks).extracting(Task::title, Task::due, Task::ownerOrganisation, Task::position)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("Funding application", LocalDate.parse("2027-03-31"), "DK-CUSTOMS", 5),
					org.assertj.core.groups.Tuple.tuple("Business case reviewed", LocalDate.parse("2028-02-29"), "CCWP", 6),
					org.assertj.core.groups.Tuple.tuple("Follow-up report", LocalDate.parse("2029-02-28"), "DK-CUSTOMS", 7));
		assertThat(tasks).allSatisfy(task -> {
			assertThat(task.state()).isEqualTo(TaskState.OPEN);
			assertThat(task.operationId()).isEqualTo(operation);
			assertThat(task.deadline()).isNotNull();
		});
	}

	@Test
	void aTaskIsOverdueTheDayAfterItsDayUntilItIsSettled() {
		var task = new Task(UUID.randomUUID(), OperationId.random(), 1, "Book the venue", TaskCategory.LOGISTICS,
				LocalDate.parse("2028-02-29"), null, "DK-CUSTOMS", null, TaskState.IN_PROGRESS, null, null, 0);
		assertThat(task.overdue(LocalDate.parse("2028-02-29"))).isFalse();
		assertThat(task.overdue(LocalDate.parse("2028-03-01"))).isTrue();
		assertThat(task.dueWithin(LocalDate.parse("2028-02-22"), 7)).isTrue();
		assertThat(task.dueWithin(LocalDate.parse("2028-02-21"), 7)).isFalse();
		var done = new Task(task.id(), task.operationId(), 1, task.title(), task.category(), task.due(), null,
				"DK-CUSTOMS", null, TaskState.DONE, null, null, 0);
		assertThat(done.overdue(LocalDate.parse("2028-03-01"))).isFalse();
	}

	@Test
	void aDeadlineFarBeyondAnyPlanIsRefused() {
		assertThatThrownBy(() -> new Deadline(1001, Deadline.Unit.DAYS, Deadline.Anchor.FIRST_DAY))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
