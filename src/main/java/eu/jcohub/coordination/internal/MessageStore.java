package eu.jcohub.coordination.internal;

import eu.jcohub.shared.OperationId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The OCU's messages and, per administration they were sent to, who acknowledged them and when. */
@Repository
public class MessageStore {

	private final JdbcClient jdbc;

	MessageStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(StoredMessage message) {
		jdbc.sql("""
				insert into coordination_messages (id, operation_id, sender, sender_organisation, addressed_to, body, sent_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(message.id(), message.operationId().value(), message.sender(), message.senderOrganisation(),
					message.addressedTo(), message.body(), Timestamp.from(message.sentAt()))
			.update();
		for (var recipient : message.recipients()) {
			jdbc.sql("insert into coordination_message_recipients (message_id, organisation) values (?, ?)")
				.params(message.id(), recipient.organisation())
				.update();
		}
	}

	/** Records the acknowledgement of the organisation, unless someone of it acknowledged before; whether it did now. */
	public boolean acknowledge(UUID messageId, String organisation, String username, Instant at) {
		return jdbc.sql("""
				update coordination_message_recipients set acknowledged_by = ?, acknowledged_at = ?
				where message_id = ? and organisation = ? and acknowledged_at is null""")
			.params(username, Timestamp.from(at), messageId, organisation)
			.update() == 1;
	}

	public Optional<StoredMessage> find(UUID id) {
		return load("m.id = ?", id).stream().findFirst();
	}

	/** The operation's messages, newest first. */
	public List<StoredMessage> ofOperation(OperationId operationId) {
		return load("m.operation_id = ?", operationId.value());
	}

	private List<StoredMessage> load(String condition, Object parameter) {
		var messages = new LinkedHashMap<UUID, StoredMessage>();
		jdbc.sql("""
				select m.id, m.operation_id, m.sender, m.sender_organisation, m.addressed_to, m.body, m.sent_at,
				  r.organisation, r.acknowledged_by, r.acknowledged_at
				from coordination_messages m join coordination_message_recipients r on r.message_id = m.id
				where %s order by m.sent_at desc, m.id, r.organisation""".formatted(condition))
			.param(parameter)
			.query(rs -> {
				var id = rs.getObject("id", UUID.class);
				var message = messages.computeIfAbsent(id, key -> {
					try {
						return new StoredMessage(id, new OperationId(rs.getObject("operation_id", UUID.class)),
								rs.getString("sender"), rs.getString("sender_organisation"), rs.getString("addressed_to"),
								rs.getString("body"), rs.getTimestamp("sent_at").toInstant(), new ArrayList<>());
					}
					catch (java.sql.SQLException e) {
						throw new IllegalStateException(e);
					}
				});
				var at = rs.getTimestamp("acknowledged_at");
				message.recipients().add(new Recipient(rs.getString("organisation"), rs.getString("acknowledged_by"),
						at == null ? null : at.toInstant()));
			});
		return List.copyOf(messages.values());
	}

	/**
	 * @param addressedTo the one administration it was sent to, or null when sent to all taking part
	 */
	public record StoredMessage(UUID id, OperationId operationId, String sender, String senderOrganisation,
			@Nullable String addressedTo, String body, Instant sentAt, List<Recipient> recipients) {

		public Set<String> organisations() {
			return Set.copyOf(recipients.stream().map(Recipient::organisation).toList());
		}
	}

	public record Recipient(String organisation, @Nullable String acknowledgedBy, @Nullable Instant acknowledgedAt) {
	}
}
