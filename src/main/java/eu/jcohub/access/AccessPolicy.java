package eu.jcohub.access;

import eu.jcohub.shared.Forbidden;
import java.util.HashSet;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The one place that decides who may see and change what. Controllers and services ask it; none decides
 * by itself.
 */
@Service
public class AccessPolicy {

	private final OperationRoles roles;

	AccessPolicy(OperationRoles roles) {
		this.roles = roles;
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
		var held = roles.heldBy(user.username());
		var inOcu = new HashSet<UUID>();
		held.forEach((operation, roles) -> {
			if (roles.contains(OperationRole.OCU_OPERATOR)) {
				inOcu.add(operation);
			}
		});
		return new Visibility(user, held.keySet(), inOcu);
	}
}
