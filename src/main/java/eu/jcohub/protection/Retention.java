package eu.jcohub.protection;

import eu.jcohub.access.AccessPolicy;
import eu.jcohub.shared.RecordChanged;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies every organisation's retention rules to every store of personal data, in one transaction: each
 * anonymisation and the run itself are in the audit trail, and the last runs are kept to be shown.
 */
@Service
public class Retention {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final TypeReference<Map<String, Long>> COUNTS = new TypeReference<>() {
	};

	private final List<PersonalDataStore> stores;
	private final RetentionRules rules;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final AccessPolicy access;

	Retention(List<PersonalDataStore> stores, RetentionRules rules, JdbcClient jdbc, ApplicationEventPublisher events,
			Clock clock, AccessPolicy access) {
		this.access = access;
		this.stores = stores;
		this.rules = rules;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** Runs the rules now, at an administrator's request (the daily job runs them anyway). */
	@Transactional
	public Run enforceNow() {
		access.visibility().requireAdministrator();
		return enforce();
	}

	/** Anonymises what is due today. */
	@Transactional
	public Run enforce() {
		var today = LocalDate.now(clock);
		var periods = rules.periods();
		var done = stores.stream().flatMap(store -> store.enforce(periods, today).stream()).toList();
		var byCategory = done.stream()
			.collect(Collectors.groupingBy(a -> a.category().name(), TreeMap::new, Collectors.counting()));
		var run = new Run(Instant.now(clock), today, done.size(), Map.copyOf(byCategory));
		jdbc.sql("insert into retention_runs (ran_at, day, anonymised, by_category) values (?, ?, ?, ?::jsonb)")
			.params(Timestamp.from(run.at()), today, run.anonymised(), JSON.writeValueAsString(byCategory))
			.update();
		events.publishEvent(RecordChanged.of(ProtectionAuditVocabulary.RETENTION_RUN, today.toString(),
				ProtectionAuditVocabulary.RETENTION_APPLIED,
				Map.of("anonymised", done.size(), "byCategory", byCategory)));
		return run;
	}

	public Optional<Run> lastRun() {
		return jdbc.sql("select ran_at, day, anonymised, by_category::text from retention_runs order by id desc limit 1")
			.query((rs, n) -> new Run(rs.getTimestamp(1).toInstant(), rs.getDate(2).toLocalDate(), rs.getInt(3),
					JSON.readValue(rs.getString(4), COUNTS)))
			.optional();
	}

	/** One application of the rules. */
	public record Run(Instant at, LocalDate day, int anonymised, Map<String, Long> byCategory) {

		public Run {
			byCategory = Map.copyOf(byCategory);
		}
	}
}
