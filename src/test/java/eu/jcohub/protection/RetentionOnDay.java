package eu.jcohub.protection;

import eu.jcohub.access.AccessPolicy;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The retention run of the application with every real store, on a clock fixed at a chosen day: how the tests of
 * other modules drive time through retention without waiting years.
 */
public final class RetentionOnDay {

	private final List<PersonalDataStore> stores;
	private final RetentionRules rules;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final AccessPolicy access;
	private final TransactionTemplate transactions;

	public RetentionOnDay(List<PersonalDataStore> stores, RetentionRules rules, JdbcClient jdbc,
			ApplicationEventPublisher events, AccessPolicy access, TransactionTemplate transactions) {
		this.stores = stores;
		this.rules = rules;
		this.jdbc = jdbc;
		this.events = events;
		this.access = access;
		this.transactions = transactions;
	}

	/** Runs retention as the daily job would on the day, at 02:15 UTC. */
	public Retention.Run run(LocalDate day) {
		var clock = Clock.fixed(day.atTime(2, 15).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
		var retention = new Retention(stores, rules, jdbc, events, clock, access);
		return transactions.execute(status -> retention.enforce());
	}
}
