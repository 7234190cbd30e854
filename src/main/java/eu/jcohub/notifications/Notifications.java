package eu.jcohub.notifications;

import eu.jcohub.access.AccessPolicy;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The notifications of the signed-in user, and sending new ones. */
@Service
public class Notifications {

	private final JdbcClient jdbc;
	private final AccessPolicy access;
	private final Clock clock;

	Notifications(JdbcClient jdbc, AccessPolicy access, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.clock = clock;
	}

	/** Sends the same notification to each recipient (once each). */
	@Transactional
	public void send(Collection<String> recipients, String title, String body, @Nullable String link) {
		var now = Timestamp.from(Instant.now(clock));
		for (var recipient : recipients.stream().distinct().toList()) {
			jdbc.sql("insert into notifications (id, recipient, title, body, link, created_at) values (?, ?, ?, ?, ?, ?)")
				.params(UUID.randomUUID(), recipient, title, body, link, now)
				.update();
		}
	}

	/** The current user's notifications, newest first. */
	public List<Notification> mine(int limit) {
		return jdbc.sql("""
				select id, recipient, title, body, link, created_at, read_at from notifications
				where recipient = ? order by created_at desc, id limit ?""")
			.params(access.currentUser().username(), limit)
			.query((rs, n) -> new Notification(rs.getObject("id", UUID.class), rs.getString("recipient"),
					rs.getString("title"), rs.getString("body"), rs.getString("link"),
					rs.getTimestamp("created_at").toInstant(),
					rs.getTimestamp("read_at") == null ? null : rs.getTimestamp("read_at").toInstant()))
			.list();
	}

	/** Marks all of the current user's notifications read. */
	@Transactional
	public void markAllRead() {
		jdbc.sql("update notifications set read_at = ? where recipient = ? and read_at is null")
			.params(Timestamp.from(Instant.now(clock)), access.currentUser().username())
			.update();
	}
}
