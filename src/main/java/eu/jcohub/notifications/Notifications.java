package eu.jcohub.notifications;

import eu.jcohub.access.AccessPolicy;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Pattern;
import eu.jcohub.shared.web.Dates;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notifications of the signed-in user, worded in their language, and sending new ones (also by e-mail, where
 * configured, through {@link EmailDelivery}).
 */
@Service
public class Notifications {

	private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private final JdbcClient jdbc;
	private final AccessPolicy access;
	private final MessageSource messages;
	private final Dates dates;
	private final Clock clock;
	private final EmailDelivery email;
	private final org.springframework.context.ApplicationEventPublisher events;

	Notifications(JdbcClient jdbc, AccessPolicy access, MessageSource messages, Dates dates, Clock clock,
			EmailDelivery email, org.springframework.context.ApplicationEventPublisher events) {
		this.email = email;
		this.events = events;
		this.jdbc = jdbc;
		this.access = access;
		this.messages = messages;
		this.dates = dates;
		this.clock = clock;
	}

	/**
	 * Sends the same message to each recipient (once each). The message must already hold only what every
	 * recipient may see; a message that differs by reader is sent to each reader on their own.
	 */
	@Transactional
	public void send(Collection<String> recipients, NotificationMessage message, @Nullable String link) {
		var now = Timestamp.from(Instant.now(clock));
		for (var recipient : recipients.stream().distinct().toList()) {
			jdbc.sql("""
					insert into notifications (id, recipient, message_key, message_arguments, link, created_at)
					values (?, ?, ?, ?, ?, ?)""")
				.params(UUID.randomUUID(), recipient, message.key(), message.arguments().toArray(String[]::new), link, now)
				.update();
		}
		if (email.enabled() && !recipients.isEmpty()) {
			events.publishEvent(new NotificationsSent(recipients.stream().distinct().toList(), message.key(),
					message.arguments(), link));
		}
	}

	/** The current user's notifications, newest first, worded in the request's language. */
	public List<Notification> mine(int limit) {
		var locale = LocaleContextHolder.getLocale();
		return jdbc.sql("""
				select id, recipient, title, body, message_key, message_arguments, link, created_at, read_at
				from notifications where recipient = ? order by created_at desc, id limit ?""")
			.params(access.currentUser().username(), limit)
			.query((rs, n) -> map(rs, locale))
			.list();
	}

	/** Marks all of the current user's notifications read. */
	@Transactional
	public void markAllRead() {
		jdbc.sql("update notifications set read_at = ? where recipient = ? and read_at is null")
			.params(Timestamp.from(Instant.now(clock)), access.currentUser().username())
			.update();
	}

	private Notification map(ResultSet rs, Locale locale) throws SQLException {
		var key = rs.getString("message_key");
		var title = rs.getString("title");
		var body = rs.getString("body");
		if (key != null) {
			var arguments = arguments(rs.getArray("message_arguments"), locale);
			title = messages.getMessage(key + ".title", arguments, locale);
			body = messages.getMessage(key + ".body", arguments, locale);
		}
		return new Notification(rs.getObject("id", UUID.class), rs.getString("recipient"), title, body,
				rs.getString("link"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("read_at") == null ? null : rs.getTimestamp("read_at").toInstant());
	}

	/** The stored arguments, days among them written the reader's way. */
	private Object[] arguments(@Nullable Array array, Locale locale) throws SQLException {
		if (array == null) {
			return new Object[0];
		}
		var stored = (String[]) array.getArray();
		var shown = new Object[stored.length];
		for (int i = 0; i < stored.length; i++) {
			shown[i] = stored[i] != null && ISO_DAY.matcher(stored[i]).matches()
					? dates.day(LocalDate.parse(stored[i]), locale) : stored[i];
		}
		return shown;
	}
}
