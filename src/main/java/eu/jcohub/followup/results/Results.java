package eu.jcohub.followup.results;

import eu.jcohub.followup.CaseOutcomes;
import eu.jcohub.followup.InvestigationOutcomes;
import eu.jcohub.followup.ReportFigures;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationStatus;
import eu.jcohub.operations.OperationStatusChanged;
import eu.jcohub.access.AccessPolicy;
import eu.jcohub.shared.OperationId;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.event.EventListener;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.stereotype.Service;

/**
 * An operation's final results, which keep growing after it: its operational figures and its cases' outcomes as
 * of a day (what was validated and recorded by its end), and as of its debriefing: those are snapshotted when the
 * operation enters its debriefing, so an outcome recorded later (a conviction months afterwards) adds to today's
 * results and never to the debriefing's.
 */
@Service
public class Results {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private final ReportFigures reports;
	private final InvestigationOutcomes outcomes;
	private final OperationRegister operations;
	private final AccessPolicy access;
	private final JdbcClient jdbc;
	private final Clock clock;

	Results(ReportFigures reports, InvestigationOutcomes outcomes, OperationRegister operations, AccessPolicy access,
			JdbcClient jdbc, Clock clock) {
		this.reports = reports;
		this.outcomes = outcomes;
		this.operations = operations;
		this.access = access;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Snapshots the results when an operation first enters its debriefing, in the transaction that moves it, from
	 * what is known then (the same event twice changes nothing).
	 */
	@EventListener
	void on(OperationStatusChanged changed) {
		if (changed.to() == OperationStatus.DEBRIEFING) {
			var known = at(changed.operationId(), Instant.MAX);
			jdbc.sql("""
					insert into followup_debriefings (operation_id, entered_at, figures) values (?, ?, ?::jsonb)
					on conflict do nothing""")
				.params(changed.operationId().value(), Timestamp.from(changed.at()), JSON.writeValueAsString(known))
				.update();
		}
	}

	private Optional<Figures> snapshot(OperationId operation) {
		return jdbc.sql("select figures::text from followup_debriefings where operation_id = ?").param(operation.value())
			.query((rs, n) -> JSON.readValue(rs.getString(1), Figures.class)).optional();
	}

	/** The moment the operation entered its debriefing, if it did. */
	public Optional<Instant> debriefing(OperationId operation) {
		return jdbc.sql("select entered_at from followup_debriefings where operation_id = ?").param(operation.value())
			.query((rs, n) -> rs.getTimestamp(1).toInstant()).optional();
	}

	/**
	 * The results as of the day (today when none), beside those as of the debriefing, for whoever may read the
	 * operation's details.
	 */
	public OperationResults of(OperationId operation, @Nullable LocalDate asOf) {
		var circle = operations.circle(operation);
		var today = LocalDate.now(clock);
		access.visibility().requireDetails(circle.asRecord(today));
		var day = asOf == null ? today : asOf;
		var now = at(operation, day.plusDays(1).atStartOfDay(clock.getZone()).toInstant().minusNanos(1));
		var debriefed = snapshot(operation);
		return OperationResults.of(operation, circle.name(), day, now, debriefing(operation).orElse(null),
				debriefed.orElse(null));
	}

	private Figures at(OperationId operation, Instant moment) {
		var validated = reports.ofOperation(operation).stream().filter(r -> !r.validatedAt().isAfter(moment)).toList();
		return new Figures(OperationFigures.of(validated), outcomes.at(operation, moment));
	}

	/** The operational figures and the cases' outcomes at one moment. */
	public record Figures(OperationFigures operational, CaseOutcomes cases) {

		public Figures since(Figures earlier) {
			return new Figures(operational.since(earlier.operational), cases.since(earlier.cases));
		}
	}

	/**
	 * @param asOf the day the results are as of
	 * @param debriefedAt when the operation entered its debriefing, if it did
	 * @param atDebriefing the results as of that moment
	 * @param addedSinceDebriefing what was added between the debriefing and the day, if the operation was debriefed
	 */
	public record OperationResults(OperationId operationId, String operationName, LocalDate asOf, Figures figures,
			@Nullable Instant debriefedAt, @Nullable Figures atDebriefing, @Nullable Figures addedSinceDebriefing) {

		static OperationResults of(OperationId operationId, String operationName, LocalDate asOf, Figures figures,
				@Nullable Instant debriefedAt, @Nullable Figures atDebriefing) {
			return new OperationResults(operationId, operationName, asOf, figures, debriefedAt, atDebriefing,
					atDebriefing == null ? null : figures.since(atDebriefing));
		}
	}
}
