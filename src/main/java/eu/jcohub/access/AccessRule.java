package eu.jcohub.access;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who may do one thing to a kind of record, as the module owning the record declares it: a list of grants, each
 * a set of roles (empty: any role) and the relations to the record that qualify (any one suffices). The access
 * policy decides with it ({@link Visibility#allows(AccessRule, ProtectedRecord)}); the access matrix page shows it.
 *
 * @param code the rule's name, {@code <module>.<verb>} (e.g. {@code seizures.amend}); the message bundles say
 *        who it allows ({@code access.rule.<code>}) and why a refusal happened ({@code access.rule.<code>.refused})
 */
public record AccessRule(String code, List<Grant> grants) {

	public AccessRule {
		if (!code.matches("[a-z]+\\.[a-z-]+")) {
			throw new IllegalArgumentException("a rule's code reads <module>.<verb>: " + code);
		}
		grants = List.copyOf(grants);
	}

	public static Builder named(String code) {
		return new Builder(code);
	}

	/** The bundle key of the sentence saying who the rule allows. */
	public String whoKey() {
		return "access.rule." + code;
	}

	/** The bundle key of the refusal. */
	public String refusalKey() {
		return "access.rule." + code + ".refused";
	}

	/** Roles (empty: any role) that qualify when the user stands in any of the relations to the record. */
	public record Grant(Set<Role> roles, Set<Relation> relations) {

		public Grant {
			roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
			if (relations.isEmpty()) {
				throw new IllegalArgumentException("a grant names at least one relation (ANYONE for any record)");
			}
			relations = Set.copyOf(EnumSet.copyOf(relations));
		}
	}

	public static final class Builder {

		private final String code;
		private final List<Grant> grants = new ArrayList<>();

		private Builder(String code) {
			this.code = code;
		}

		/** Users with any of the roles (none given: any role) who stand in any of the relations to the record. */
		public Builder grant(Set<Role> roles, Relation... relations) {
			grants.add(new Grant(roles, Set.of(relations)));
			return this;
		}

		public AccessRule build() {
			return new AccessRule(code, grants);
		}
	}
}
