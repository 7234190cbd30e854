package eu.jcohub.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OperationPlanTests {

	private static final LocalDate START = LocalDate.of(2027, 5, 20);

	@Test
	void phasesAreSortedAndTheLeadCountryTakesPart() {
		var plan = plan(List.of(new Phase(START.plusDays(30), START.plusDays(36)), new Phase(START, START.plusDays(13))));
		assertThat(plan.firstPhase().start()).isEqualTo(START);
		assertThat(plan.lastPhase().end()).isEqualTo(START.plusDays(36));
		assertThat(plan.countriesTakingPart()).containsExactly("DK", "EE", "FI");
	}

	@Test
	void refusesAnEndBeforeTheStart() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Phase(START, START.minusDays(1)))
			.withMessageContaining("cannot end");
	}

	@Test
	void refusesDatesFarOutOfRange() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Phase(LocalDate.of(1999, 1, 1), START))
			.withMessageContaining("between");
		assertThatIllegalArgumentException().isThrownBy(() -> new Phase(START, LocalDate.of(2200, 1, 1)));
	}

	@Test
	void refusesAnOperationWithoutPhases() {
		assertThatIllegalArgumentException().isThrownBy(() -> plan(List.of())).withMessageContaining("at least one");
	}

	@Test
	void refusesPhasesThatOverlapOrTouch() {
		assertThatIllegalArgumentException().isThrownBy(() -> plan(List.of(new Phase(START, START.plusDays(10)),
				new Phase(START.plusDays(11), START.plusDays(20))))).withMessageContaining("at least one day");
	}

	@Test
	void aOneDayBreakBetweenPhasesIsEnough() {
		var plan = plan(List.of(new Phase(START, START.plusDays(10)), new Phase(START.plusDays(12), START.plusDays(20))));
		assertThat(plan.phases()).hasSize(2);
	}

	@Test
	void blankTextsBecomeAbsentAndCodesAreTrimmed() {
		var plan = new OperationPlan("  NAME ", OperationType.NATIONAL, "DK-CUSTOMS", " ", Set.of(" FI "), Set.of(),
				Competence.SHARED, PolicyDomain.CUSTOMS, " ", "", Set.of("CASH"), Set.of(), Set.of(),
				List.of(new Phase(START, START)), "  ");
		assertThat(plan.name()).isEqualTo("NAME");
		assertThat(plan.leadCountry()).isNull();
		assertThat(plan.contactPoint()).isNull();
		assertThat(plan.objectives()).isNull();
		assertThat(plan.participants()).containsExactly("FI");
	}

	private static OperationPlan plan(List<Phase> phases) {
		return new OperationPlan("TEST", OperationType.JCO_REGIONAL, "DK-CUSTOMS", "DK", Set.of("FI", "EE"), Set.of(),
				Competence.EXCLUSIVE_EU, PolicyDomain.CUSTOMS, null, null, Set.of("CIGARETTES"), Set.of("ROAD"),
				Set.of(), phases, null);
	}
}
