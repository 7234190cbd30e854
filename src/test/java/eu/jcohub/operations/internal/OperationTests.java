package eu.jcohub.operations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.jcohub.operations.Competence;
import eu.jcohub.operations.OperationPlan;
import eu.jcohub.operations.OperationRevised;
import eu.jcohub.operations.OperationStatus;
import eu.jcohub.operations.OperationStatusChanged;
import eu.jcohub.operations.OperationTabled;
import eu.jcohub.operations.OperationType;
import eu.jcohub.operations.Phase;
import eu.jcohub.operations.PolicyDomain;
import eu.jcohub.operations.StaleVersion;
import eu.jcohub.shared.DomainRuleViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The operation guards its own changes and raises the events they mean. */
class OperationTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

	@Test
	void aNewJcoIsAProposalAndAnnouncesItself() {
		var operation = Operation.table(plan("BALTIC GATE", OperationType.JCO_REGIONAL), TODAY);
		assertThat(operation.status()).isEqualTo(OperationStatus.PROPOSAL);
		assertThat(operation.firstKnown()).isEqualTo(TODAY);
		assertThat(operation.takeEvents()).singleElement().isInstanceOf(OperationTabled.class);
		assertThat(operation.takeEvents()).as("events are handed out once").isEmpty();
	}

	@Test
	void anotherBodysOperationIsOnlyTabledAndCanOnlyBeCalledOff() {
		var operation = Operation.table(plan("JO POSEIDON", OperationType.OTHER_BODY), TODAY);
		assertThat(operation.status()).isEqualTo(OperationStatus.TABLED);
		assertThat(operation.status().next()).containsExactly(OperationStatus.CANCELLED);
	}

	@Test
	void aRevisionOfTheVersionStandingReplacesThePlan() {
		var operation = Operation.table(plan("BALTIC GATE", OperationType.JCO_REGIONAL), TODAY);
		operation.takeEvents();
		var revised = plan("BALTIC GATE II", OperationType.JCO_REGIONAL);
		operation.revise(revised, 0);
		assertThat(operation.plan()).isEqualTo(revised);
		assertThat(operation.takeEvents()).singleElement().isInstanceOfSatisfying(OperationRevised.class,
				event -> assertThat(event.plan()).isEqualTo(revised));
	}

	@Test
	void aRevisionOfAnOlderVersionIsRefusedAndChangesNothing() {
		var operation = Operation.table(plan("BALTIC GATE", OperationType.JCO_REGIONAL), TODAY);
		operation.takeEvents();
		assertThatThrownBy(() -> operation.revise(plan("OTHER", OperationType.JCO_REGIONAL), 3))
			.isInstanceOfSatisfying(StaleVersion.class, stale -> {
				assertThat(stale.expected()).isEqualTo(3);
				assertThat(stale.current()).isZero();
			});
		assertThat(operation.plan().name()).isEqualTo("BALTIC GATE");
		assertThat(operation.takeEvents()).isEmpty();
	}

	@Test
	void theLifecycleAllowsOnlyItsOwnSteps() {
		var operation = Operation.table(plan("BALTIC GATE", OperationType.JCO_REGIONAL), TODAY);
		operation.takeEvents();
		assertThatThrownBy(() -> operation.moveTo(OperationStatus.OPERATIONAL, "skip", "someone", Instant.EPOCH))
			.isInstanceOf(DomainRuleViolation.class);
		operation.moveTo(OperationStatus.BUSINESS_CASE, "submitted", "leader.dk", Instant.EPOCH);
		assertThat(operation.status()).isEqualTo(OperationStatus.BUSINESS_CASE);
		assertThat(operation.takeEvents()).singleElement().isInstanceOfSatisfying(OperationStatusChanged.class, event -> {
			assertThat(event.from()).isEqualTo(OperationStatus.PROPOSAL);
			assertThat(event.to()).isEqualTo(OperationStatus.BUSINESS_CASE);
			assertThat(event.reason()).isEqualTo("submitted");
		});
	}

	@Test
	void aCancelledOperationIsHistory() {
		var operation = Operation.table(plan("BALTIC GATE", OperationType.JCO_REGIONAL), TODAY);
		operation.moveTo(OperationStatus.CANCELLED, "no funding", "leader.dk", Instant.EPOCH);
		assertThatThrownBy(() -> operation.revise(plan("AGAIN", OperationType.JCO_REGIONAL), 0))
			.isInstanceOf(DomainRuleViolation.class).isNotInstanceOf(StaleVersion.class);
	}

	@Test
	void theCalendarEntryLeavesOutTheDetails() {
		var full = new OperationPlan("BALTIC GATE", OperationType.JCO_REGIONAL, "DK-CUSTOMS", "DK", Set.of("FI"),
				Set.of("FRONTEX"), Competence.SHARED, PolicyDomain.CUSTOMS, "ocu@example.eu", "EXT-1", Set.of("CIGARETTES"),
				Set.of("ROAD"), Set.of("DKAAR"), List.of(new Phase(TODAY, TODAY.plusDays(9))), "secret objectives");
		var entry = full.calendarEntry();
		assertThat(entry.name()).isEqualTo("BALTIC GATE");
		assertThat(entry.participants()).containsExactly("FI");
		assertThat(entry.riskAreas()).containsExactly("CIGARETTES");
		assertThat(entry.partnerOrganisations()).isEmpty();
		assertThat(entry.transportModes()).isEmpty();
		assertThat(entry.locations()).isEmpty();
		assertThat(entry.objectives()).isNull();
		assertThat(entry.externalId()).isNull();
	}

	private static OperationPlan plan(String name, OperationType type) {
		return new OperationPlan(name, type, "DK-CUSTOMS", "DK", Set.of("FI"), Set.of(), Competence.EXCLUSIVE_EU,
				PolicyDomain.CUSTOMS, null, null, Set.of("CIGARETTES"), Set.of("ROAD"), Set.of(),
				List.of(new Phase(TODAY, TODAY.plusDays(9))), null);
	}
}
