package eu.jcohub.followup;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.followup.internal.ReportFigureStore;
import eu.jcohub.seizures.ReportType;
import eu.jcohub.seizures.ReportValidated;
import eu.jcohub.shared.OperationId;
import eu.jcohub.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** Follow-up's projection of validated reports, fed by constructed events: kept with the validation, once per report. */
@IntegrationTest
class ReportFiguresTests {

	@Autowired
	ReportFigures figures;

	@Autowired
	ReportFigureStore store;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aReportTheOcuValidatesIsKeptWithItsFiguresInTheTransactionThatValidatesIt() {
		var validated = seizure(UUID.randomUUID(), "1250.50", Instant.parse("2026-03-02T10:00:00Z"));

		var seenInside = transactions.execute(status -> {
			events.publishEvent(validated);
			return figures.of(validated.reportId());
		});

		assertThat(seenInside).contains(validated);
		assertThat(figures.of(validated.reportId())).contains(validated);
		assertThat(figures.ofOperation(validated.operationId())).containsExactly(validated);
	}

	@Test
	void aValidationRolledBackLeavesNoFigures() {
		var validated = seizure(UUID.randomUUID(), "75.00", Instant.parse("2026-03-02T10:00:00Z"));

		transactions.executeWithoutResult(status -> {
			events.publishEvent(validated);
			status.setRollbackOnly();
		});

		assertThat(figures.of(validated.reportId())).isEmpty();
	}

	@Test
	void theSameEventTwiceOrAValidationAgainLeavesOneRowWithTheLatestFigures() {
		var report = UUID.randomUUID();
		var first = seizure(report, "100.00", Instant.parse("2026-03-02T10:00:00Z"));
		var again = seizure(report, "180.25", Instant.parse("2026-03-03T09:00:00Z"));

		// What the listener does with each validation of the report.
		store.upsert(first);
		store.upsert(first);
		store.upsert(again);
		// A late delivery of the first validation does not bring its older figures back.
		store.upsert(first);

		assertThat(store.count(report)).isEqualTo(1);
		assertThat(figures.of(report).orElseThrow().valueEur()).isEqualByComparingTo("180.25");
	}

	private static ReportValidated seizure(UUID report, String value, Instant validatedAt) {
		return new ReportValidated(report, OperationId.of(UUID.randomUUID()), 1, ReportType.SEIZURE,
				Instant.parse("2026-03-01T08:30:00Z"), "DK-CUSTOMS", "DKAAR", "ROAD", "CIGARETTES", null, null,
				new BigDecimal("12000"), "sticks", new BigDecimal(value), new BigDecimal("40.00"), 0, true, validatedAt);
	}
}
