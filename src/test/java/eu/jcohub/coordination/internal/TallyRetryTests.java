package eu.jcohub.coordination.internal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.seizures.ReportType;
import eu.jcohub.seizures.ReportValidated;
import eu.jcohub.shared.OperationId;
import eu.jcohub.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A validated report whose addition to the tallies fails (here: the database refuses it, as it would when no
 * connection is free) stays queued, is added by a later attempt, and counts once however often it is delivered.
 */
@IntegrationTest
class TallyRetryTests {

	@Autowired
	TallyApplier applier;

	@Autowired
	Tallies tallies;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aFailedAdditionIsRetriedUntilItLandsAndCountsOnce() throws Exception {
		var operation = OperationId.random();
		var report = new ReportValidated(UUID.randomUUID(), operation, 1, ReportType.CONTROL, Instant.now(), "FI-CUSTOMS",
				"FIVAA", "ROAD", "CIGARETTES", null, null, null, null, null, null, 7, false, Instant.now());
		refuseTalliesOf(operation);
		try {
			transactions.executeWithoutResult(status -> events.publishEvent(report));
			var attempt = applier.applyWaiting();
			assertThat(attempt.failed()).as("the attempt fails while the database refuses").isGreaterThanOrEqualTo(1);
			assertThat(applier.waiting(operation)).as("the report still waits").isEqualTo(1);
			assertThat(total(operation)).as("nothing counted").isZero();
		}
		finally {
			acceptTallies();
		}

		awaitTotal(operation, 1);
		assertThat(applier.waiting(operation)).isZero();

		transactions.executeWithoutResult(status -> events.publishEvent(report));
		applier.applyWaiting();
		assertThat(total(operation)).as("delivered again, counted once").isEqualTo(1);
		assertThat(controlled(operation)).isEqualTo(7);
		assertThat(applier.waiting(operation)).isZero();
	}

	/** Waits for a later run (after commit or the periodic one) to add the report, without being asked. */
	private void awaitTotal(OperationId operation, long expected) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (total(operation) != expected) {
			assertThat(System.nanoTime()).as("a later run added the report").isLessThan(deadline);
			Thread.sleep(100);
		}
	}

	private long total(OperationId operation) {
		return tallies.of(operation).stream().filter(t -> t.tally().dimension() == Dimension.TOTAL)
			.mapToLong(t -> t.tally().controls()).sum();
	}

	private long controlled(OperationId operation) {
		return tallies.of(operation).stream().filter(t -> t.tally().dimension() == Dimension.TOTAL)
			.mapToLong(t -> t.tally().controlled()).sum();
	}

	private void refuseTalliesOf(OperationId operation) {
		jdbc.sql("""
				create or replace function test_refuse_tallies() returns trigger language plpgsql as $$
				begin
				    raise exception 'tallies refused for this test';
				end $$""").update();
		jdbc.sql("""
				create trigger test_refuse_tallies before insert on coordination_tallies for each row
				when (new.operation_id = '%s') execute function test_refuse_tallies()""".formatted(operation.value()))
			.update();
	}

	private void acceptTallies() {
		jdbc.sql("drop trigger if exists test_refuse_tallies on coordination_tallies").update();
		jdbc.sql("drop function if exists test_refuse_tallies()").update();
	}
}
