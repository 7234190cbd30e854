package eu.jcohub.exchange;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The subscriptions, their pull history and the events each one's last good pull held. */
@Repository
class CalendarSubscriptions {

	private static final String COLUMNS = "id, name, url, organiser, pull_minutes, credential_kind, owner_username, "
			+ "etag, last_modified, last_pull_at, failing, last_error, created_at";

	private final JdbcClient jdbc;

	CalendarSubscriptions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(CalendarSubscription subscription, @Nullable String encryptedCredential) {
		jdbc.sql("""
				insert into exchange_subscriptions (id, name, url, organiser, pull_minutes, credential_kind,
				    credential_encrypted, owner_username, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(subscription.id(), subscription.name(), subscription.url(), subscription.organiser(),
					(int) subscription.pullInterval().toMinutes(), subscription.credentialKind(), encryptedCredential,
					subscription.ownerUsername(), Timestamp.from(subscription.createdAt()))
			.update();
	}

	Optional<CalendarSubscription> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from exchange_subscriptions where id = ?").param(id)
			.query(CalendarSubscriptions::map).optional();
	}

	List<CalendarSubscription> all() {
		return jdbc.sql("select " + COLUMNS + " from exchange_subscriptions order by name, id")
			.query(CalendarSubscriptions::map).list();
	}

	Optional<String> encryptedCredential(UUID id) {
		return jdbc.sql("select credential_encrypted from exchange_subscriptions where id = ?").param(id)
			.query(String.class).optional();
	}

	/**
	 * Claims a pull: true if no other instance pulled it since {@code lastPullAt} was read (the job is locked
	 * cluster-wide too; this also keeps a manual pull and the job from applying one file twice).
	 */
	boolean claim(UUID id, @Nullable Instant lastPullAt, Instant now) {
		return jdbc.sql("""
				update exchange_subscriptions set last_pull_at = ?
				where id = ? and last_pull_at is not distinct from ?""")
			.params(Timestamp.from(now), id, lastPullAt == null ? null : Timestamp.from(lastPullAt))
			.update() == 1;
	}

	void succeeded(UUID id, @Nullable String etag, @Nullable String lastModified) {
		jdbc.sql("update exchange_subscriptions set etag = ?, last_modified = ?, failing = false, last_error = null "
				+ "where id = ?").params(etag, lastModified, id).update();
	}

	void failed(UUID id, String reason) {
		jdbc.sql("update exchange_subscriptions set failing = true, last_error = ? where id = ?").params(reason, id)
			.update();
	}

	void record(UUID id, SubscriptionPull pull) {
		jdbc.sql("insert into exchange_subscription_pulls (subscription_id, pulled_at, outcome, summary) values (?, ?, ?, ?)")
			.params(id, Timestamp.from(pull.pulledAt()), pull.outcome(), pull.summary())
			.update();
	}

	List<SubscriptionPull> history(UUID id, int limit) {
		return jdbc.sql("select pulled_at, outcome, summary from exchange_subscription_pulls where subscription_id = ? "
				+ "order by pulled_at desc, id desc limit ?")
			.params(id, limit)
			.query((rs, n) -> new SubscriptionPull(rs.getTimestamp("pulled_at").toInstant(), rs.getString("outcome"),
					rs.getString("summary")))
			.list();
	}

	Set<String> events(UUID id) {
		return Set.copyOf(jdbc.sql("select external_id from exchange_subscription_events where subscription_id = ?")
			.param(id).query(String.class).list());
	}

	void replaceEvents(UUID id, Set<String> externalIds) {
		jdbc.sql("delete from exchange_subscription_events where subscription_id = ?").param(id).update();
		for (var externalId : externalIds) {
			jdbc.sql("insert into exchange_subscription_events (subscription_id, external_id) values (?, ?)")
				.params(id, externalId).update();
		}
	}

	private static CalendarSubscription map(ResultSet rs, int row) throws SQLException {
		var lastPull = rs.getTimestamp("last_pull_at");
		return new CalendarSubscription(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("url"),
				rs.getString("organiser"), Duration.ofMinutes(rs.getInt("pull_minutes")), rs.getString("credential_kind"),
				rs.getString("owner_username"), rs.getString("etag"), rs.getString("last_modified"),
				lastPull == null ? null : lastPull.toInstant(), rs.getBoolean("failing"), rs.getString("last_error"),
				rs.getTimestamp("created_at").toInstant());
	}
}
