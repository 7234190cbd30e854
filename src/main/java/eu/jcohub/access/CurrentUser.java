package eu.jcohub.access;

import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in person as the rest of JCO Hub sees them: who, acting for which organisation, with which roles.
 *
 * @param organisationCountry the country of the organisation, when it is a national one
 */
public record CurrentUser(String username, String displayName, String organisation, String organisationKind,
		@Nullable String organisationCountry, Set<Role> roles) {

	public CurrentUser {
		roles = Set.copyOf(roles);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	public boolean coordinatesAll() {
		return roles.stream().anyMatch(Role::coordinatesAll);
	}

	public boolean mayTableOperations() {
		return roles.stream().anyMatch(Role::mayTableOperations);
	}

	/**
	 * Whose audit entries the user may search: an administrator all ({@code null}), anyone else what their own
	 * organisation did and what anyone did to its records.
	 */
	public @Nullable String auditScope() {
		return has(Role.ADMIN) ? null : organisation;
	}

	public boolean isCustomsAdministration() {
		return "CUSTOMS".equals(organisationKind);
	}

	/** Whether the user's organisation, named as a partner on an operation, stands as {@link Relation#PARTNER}. */
	public boolean isPoliceOrJudicial() {
		return policeOrJudicial(organisationKind);
	}

	/**
	 * Whether organisations of this kind (police and judicial authorities), named as partners on an operation, stand
	 * as {@link Relation#PARTNER} rather than {@link Relation#PARTICIPANT}: for modules that address an operation's
	 * partners without a user at hand (e.g. whom a message is sent to).
	 */
	public static boolean policeOrJudicial(String organisationKind) {
		return "POLICE".equals(organisationKind) || "JUDICIAL".equals(organisationKind);
	}

	public Optional<String> country() {
		return Optional.ofNullable(organisationCountry);
	}
}
