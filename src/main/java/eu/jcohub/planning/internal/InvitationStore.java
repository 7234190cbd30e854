package eu.jcohub.planning.internal;

import eu.jcohub.planning.DeclineReason;
import eu.jcohub.planning.Invitation;
import eu.jcohub.shared.OperationId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Invitations and their answers. */
@Repository
public class InvitationStore {

	private final JdbcClient jdbc;

	InvitationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Invitation> of(OperationId operation) {
		return jdbc.sql("select * from invitations where operation_id = ? order by invited_at, organisation")
			.param(operation.value())
			.query(InvitationStore::map)
			.list();
	}

	public Map<OperationId, List<Invitation>> of(Collection<OperationId> operations) {
		if (operations.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("select * from invitations where operation_id = any(?) order by invited_at, organisation")
			.param(operations.stream().map(OperationId::value).toArray(UUID[]::new))
			.query(InvitationStore::map)
			.list()
			.stream()
			.collect(Collectors.groupingBy(Invitation::operationId));
	}

	public List<Invitation> to(String organisation) {
		return jdbc.sql("""
				select * from invitations where organisation = ?
				order by case state when 'OPEN' then 0 else 1 end, invited_at desc""")
			.param(organisation)
			.query(InvitationStore::map)
			.list();
	}

	public Optional<Invitation> find(UUID id) {
		return jdbc.sql("select * from invitations where id = ?").param(id).query(InvitationStore::map).optional();
	}

	/** Saves a new invitation; false if the administration was already invited to the operation. */
	public boolean insert(Invitation invitation) {
		return jdbc.sql("""
				insert into invitations (id, operation_id, organisation, message, invited_by, invited_at, state)
				values (?, ?, ?, ?, ?, ?, 'OPEN') on conflict (operation_id, organisation) do nothing""")
			.params(invitation.id(), invitation.operationId().value(), invitation.organisation(), invitation.message(),
					invitation.invitedBy(), Timestamp.from(invitation.invitedAt()))
			.update() == 1;
	}

	/** Records the answer of an open invitation; false if it was answered in the meantime. */
	public boolean answer(Invitation answered) {
		return jdbc.sql("""
				update invitations set state = ?, contact_points = ?, border_points = ?, offices = ?, decline_reason = ?,
				    decline_note = ?, answered_by = ?, answered_at = ?
				where id = ? and state = 'OPEN'""")
			.params(answered.state().name(), answered.contactPoints(), BusinessCaseStore.array(answered.borderPoints()),
					answered.offices(), answered.declineReason() == null ? null : answered.declineReason().name(),
					answered.declineNote(), answered.answeredBy(),
					answered.answeredAt() == null ? null : Timestamp.from(answered.answeredAt()), answered.id())
			.update() == 1;
	}

	static Invitation map(ResultSet rs, int row) throws SQLException {
		var reason = rs.getString("decline_reason");
		var answeredAt = rs.getTimestamp("answered_at");
		return new Invitation(rs.getObject("id", UUID.class), new OperationId(rs.getObject("operation_id", UUID.class)),
				rs.getString("organisation"), rs.getString("message"), rs.getString("invited_by"),
				rs.getTimestamp("invited_at").toInstant(), Invitation.State.valueOf(rs.getString("state")),
				rs.getString("contact_points"), BusinessCaseStore.set(rs.getArray("border_points")),
				rs.getString("offices"), reason == null ? null : DeclineReason.valueOf(reason),
				rs.getString("decline_note"), rs.getString("answered_by"),
				answeredAt == null ? null : answeredAt.toInstant());
	}
}
