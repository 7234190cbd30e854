package eu.jcohub.access;

import eu.jcohub.shared.RecordChanged;
import eu.jcohub.shared.InvalidInput;
import eu.jcohub.shared.OperationId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who holds a role on which operation (its leader, its OCU operators, its analysts). */
@Service
public class OperationRoles {

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;

	OperationRoles(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** Gives a user a role on one operation. */
	@Transactional
	public void assign(OperationId operationId, String username, OperationRole role) {
		try {
			jdbc.sql("insert into operation_roles (operation_id, username, role) values (?, ?, ?) on conflict do nothing")
				.params(operationId.value(), username, role.name())
				.update();
		}
		catch (DataIntegrityViolationException unknownUser) {
			throw InvalidInput.of("username", "unknown user " + username);
		}
		events.publishEvent(RecordChanged.created(AccessAuditVocabulary.OPERATION_ROLE, operationId + "/" + username,
				Map.of("role", role.name())).labelled(username));
	}

	public List<String> holdersOf(OperationId operationId, OperationRole role) {
		return jdbc.sql("select username from operation_roles where operation_id = ? and role = ? order by username")
			.params(operationId.value(), role.name())
			.query(String.class)
			.list();
	}

	/** The user's roles, per operation: what {@link Visibility} decides with. */
	Map<OperationId, java.util.Set<OperationRole>> heldBy(String username) {
		var held = new java.util.HashMap<OperationId, java.util.Set<OperationRole>>();
		jdbc.sql("select operation_id, role from operation_roles where username = ?")
			.param(username)
			.query(rs -> {
				held.computeIfAbsent(new OperationId(rs.getObject(1, UUID.class)), id -> java.util.EnumSet.noneOf(OperationRole.class))
					.add(OperationRole.valueOf(rs.getString(2)));
			});
		return held;
	}
}
