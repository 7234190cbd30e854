package eu.jcohub.support;

import eu.jcohub.access.CurrentUser;
import eu.jcohub.access.OperationRole;
import eu.jcohub.access.Role;
import eu.jcohub.access.Visibility;
import eu.jcohub.shared.OperationId;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Users and their access decisions for tests that need no application. */
public final class Users {

	private Users() {
	}

	public static CurrentUser user(String organisation, String kind, @Nullable String country, Role role) {
		return new CurrentUser("someone", "Someone", organisation, kind, country, Set.of(role));
	}

	public static Visibility visibility(CurrentUser user) {
		return Visibility.of(user, Map.of());
	}

	public static Visibility visibility(CurrentUser user, OperationId operation, OperationRole... roles) {
		return Visibility.of(user, Map.of(operation, Set.of(roles)));
	}
}
