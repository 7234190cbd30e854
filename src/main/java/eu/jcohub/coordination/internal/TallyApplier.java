package eu.jcohub.coordination.internal;

import eu.jcohub.seizures.ReportValidated;
import eu.jcohub.shared.OperationId;
import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Brings validated reports into the tallies. A validation only queues its report, in its own transaction
 * ({@link #enqueue}): cheap, and nothing is lost when the tallies cannot be updated at that moment (no connection
 * free, the database away). Right after that commit, and every few seconds, the waiting reports are added in
 * batches, one applier at a time (a PostgreSQL advisory lock held by the applying transaction, so across instances
 * too, without a ShedLock row rewritten every few seconds), each batch removed
 * from the queue in the transaction that adds it: a failed attempt leaves the batch waiting for the next one, as
 * often as it takes, and a report already added ({@link Tallies}) counts nothing the second time. Followers of the
 * picture hear of the change after each batch's commit.
 */
@Component
class TallyApplier {

	private static final Logger log = LoggerFactory.getLogger(TallyApplier.class);
	private static final long LOCK = 0x4a434f54414c4c59L;
	static final int BATCH = 500;

	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final Tallies tallies;
	private final PhasesAndProfiles plans;
	private final PictureFeed feed;
	private final Clock clock;
	private final JsonMapper json = JsonMapper.builder().build();
	private final AtomicBoolean wanted = new AtomicBoolean();
	private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
		var thread = new Thread(task, "coordination-tallies");
		thread.setDaemon(true);
		return thread;
	});

	TallyApplier(JdbcClient jdbc, TransactionTemplate transactions, Tallies tallies, PhasesAndProfiles plans,
			PictureFeed feed, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.tallies = tallies;
		this.plans = plans;
		this.feed = feed;
		this.clock = clock;
	}

	/** Queues the report in the caller's transaction; it is added to the tallies right after that commits. */
	void enqueue(ReportValidated report) {
		jdbc.sql("""
				insert into coordination_tally_queue (report_id, operation_id, report, queued_at)
				values (?, ?, ?::jsonb, ?) on conflict (report_id) do nothing""")
			.params(report.reportId(), report.operationId().value(), json.writeValueAsString(report),
					Timestamp.from(clock.instant()))
			.update();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					wake();
				}
			});
		}
		else {
			wake();
		}
	}

	/**
	 * Asks for the queue to be applied soon, on this instance's own thread (never on the caller's: it may still hold
	 * its connection). Calls while it runs are gathered into one more run, so none is left waiting.
	 */
	void wake() {
		if (wanted.compareAndSet(false, true)) {
			worker.execute(() -> {
				wanted.set(false);
				applyWaitingSafely();
			});
		}
	}

	/** Every few seconds: what an earlier attempt could not add (or a crash left) is added now. */
	@Scheduled(fixedDelayString = "${jcohub.coordination.tallies-every:PT5S}", initialDelayString = "PT5S")
	public void applyWaitingSafely() {
		try {
			applyWaiting();
		}
		catch (RuntimeException e) {
			log.warn("Validated reports could not be added to the live picture now; they wait for the next attempt: {}",
					e.toString());
		}
	}

	/** What a run did: reports added to the tallies, and reports that failed and still wait. */
	public record Outcome(int added, int failed) {
	}

	/**
	 * Adds everything waiting, batch by batch. A batch that fails is tried again report by report, so that a report
	 * the database keeps refusing holds up only itself; what fails waits for the next run.
	 */
	public Outcome applyWaiting() {
		int added = 0;
		int failed = 0;
		while (true) {
			Batch batch;
			try {
				batch = transactions.execute(status -> applyBatch(null));
			}
			catch (RuntimeException e) {
				log.warn("A batch of validated reports could not be added to the tallies, trying them one by one: {}",
						e.toString());
				var oneByOne = applyOneByOne();
				return new Outcome(added + oneByOne.added(), failed + oneByOne.failed());
			}
			if (batch == null || batch.taken() == 0) {
				return new Outcome(added, failed);
			}
			added += batch.added().size();
			announce(batch.added());
			if (batch.taken() < BATCH) {
				return new Outcome(added, failed);
			}
		}
	}

	private Outcome applyOneByOne() {
		int added = 0;
		int failed = 0;
		var head = jdbc.sql("select report_id from coordination_tally_queue order by queued_at, report_id limit ?")
			.param(BATCH).query(UUID.class).list();
		for (var id : head) {
			try {
				var batch = transactions.execute(status -> applyBatch(id));
				if (batch != null) {
					added += batch.added().size();
					announce(batch.added());
				}
			}
			catch (RuntimeException e) {
				failed++;
				log.warn("Validated report {} could not be added to the tallies; it waits for the next run: {}", id,
						e.toString());
			}
		}
		return new Outcome(added, failed);
	}

	private void announce(List<ReportValidated> added) {
		added.stream().map(ReportValidated::operationId).distinct().forEach(feed::changed);
	}

	private record Batch(int taken, List<ReportValidated> added) {
	}

	/** The waiting head of the queue, or only the report given; in the caller's transaction. */
	private Batch applyBatch(@Nullable UUID only) {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query(Object.class).single();
		// No wait for this commit's flush to disk: what it writes is derived and redone after a crash (what it
		// did not durably commit is still waiting then), and nothing depends on it before the log reaches the disk.
		jdbc.sql("set local synchronous_commit = off").update();
		var waiting = (only == null
				? jdbc.sql("select report::text from coordination_tally_queue order by queued_at, report_id limit ?")
					.param(BATCH)
				: jdbc.sql("select report::text from coordination_tally_queue where report_id = ?").param(only))
			.query((rs, n) -> json.readValue(rs.getString(1), ReportValidated.class))
			.list();
		if (waiting.isEmpty()) {
			return new Batch(0, List.of());
		}
		var added = tallies.applyAll(waiting, clock.instant());
		var named = new LinkedHashSet<List<Object>>();
		for (var report : added) {
			if (report.profileId() != null && report.profileName() != null && named.add(
					List.of(report.operationId(), report.phase(), report.profileId(), report.profileName()))) {
				plans.namedInReport(report.operationId(), report.phase(), report.profileId(), report.profileName());
			}
		}
		jdbc.sql("delete from coordination_tally_queue where report_id = any(?::uuid[])")
			.param(waiting.stream().map(report -> report.reportId().toString()).toArray(String[]::new))
			.update();
		return new Batch(waiting.size(), added);
	}

	/** How many validated reports wait to be added. */
	public long waiting() {
		return jdbc.sql("select count(*) from coordination_tally_queue").query(Long.class).single();
	}

	/** Queued reports of an operation not yet in its tallies (the picture is that far behind). */
	long waiting(OperationId operationId) {
		return jdbc.sql("select count(*) from coordination_tally_queue where operation_id = ?")
			.param(operationId.value()).query(Long.class).single();
	}

	@PreDestroy
	void stop() {
		worker.shutdownNow();
	}
}
