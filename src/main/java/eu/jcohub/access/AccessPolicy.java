package eu.jcohub.access;

import eu.jcohub.shared.Forbidden;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The one place that decides who may see and change what. Controllers and services ask it (through the
 * {@link Visibility} it gives); none decides by itself. Modules declare the rules for their own records
 * ({@link AccessRules}); this module owns the mechanism: the circle of an operation, handling codes and the decision.
 */
@Service
public class AccessPolicy implements AccessRules {

	/** Administering JCO Hub itself: verifying the audit chain, running jobs now, managing reference data. */
	public static final AccessRule ADMINISTER = AccessRule.named("access.administer")
		.grant(Set.of(Role.ADMIN), Relation.ANYONE)
		.build();

	private final OperationRoles roles;

	AccessPolicy(OperationRoles roles) {
		this.roles = roles;
	}

	/** The signed-in user of this request. */
	public CurrentUser currentUser() {
		return signedIn().orElseThrow(() -> Forbidden.because("access.signIn", "Sign in first."));
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

	/** The decisions for another user: for texts sent to them (notifications, e-mail), which must show only what they may see. */
	public Visibility visibilityOf(CurrentUser user) {
		return Visibility.of(user, roles.heldBy(user.username()));
	}

	@Override
	public String module() {
		return "access";
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(ADMINISTER);
	}
}
