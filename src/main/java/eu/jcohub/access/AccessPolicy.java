package eu.jcohub.access;

import eu.jcohub.shared.Forbidden;
import java.util.HashSet;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The one place that decides who may see and change what. Controllers and services ask it; none decides
 * by itself.
 */
@Service
public class AccessPolicy {

	private final JdbcClient jdbc;

	AccessPolicy(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The signed-in user of this request. */
	public CurrentUser currentUser() {
		return signedIn().orElseThrow(() -> new Forbidden("Sign in first."));
	}

	public Optional<CurrentUser> signedIn() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedIn account) {
			return Optional.of(account.user());
		}
		return Optional.empty();
	}

	/** The decisions for the current user; load once per request and apply to many records. */
	public Visibility visibility() {
		return visibilityOf(currentUser());
	}

	public Visibility visibilityOf(CurrentUser user) {
		var withRole = new HashSet<UUID>();
		var inOcu = new HashSet<UUID>();
		jdbc.sql("select operation_id, role from operation_roles where username = ?")
			.param(user.username())
			.query(rs -> {
				var operation = rs.getObject(1, UUID.class);
				withRole.add(operation);
				if (OperationRole.OCU_OPERATOR.name().equals(rs.getString(2))) {
					inOcu.add(operation);
				}
			});
		return new Visibility(user, withRole, inOcu);
	}
}
