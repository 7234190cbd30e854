package eu.jcohub.accounts;

import eu.jcohub.access.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExternalIdentityTests {

	private static final OidcSettings.Claims DEFAULT = new OidcSettings.Claims("preferred_username", "name",
			"jcohub_organisation", "jcohub_roles");

	@Test
	void readsTheClaimsTheSettingsName() {
		var identity = ExternalIdentity.from("https://idp", "sub-1", Map.of("preferred_username", "Anna.Virtanen",
				"name", "Anna Virtanen", "jcohub_organisation", " fi-customs ", "jcohub_roles",
				List.of("national-coordinator", "FIELD_OFFICER", "offline_access")), DEFAULT);

		assertThat(identity).isEqualTo(new ExternalIdentity("https://idp", "sub-1", "anna.virtanen", "Anna Virtanen",
				"FI-CUSTOMS", Set.of(Role.NATIONAL_COORDINATOR, Role.FIELD_OFFICER)));
	}

	@Test
	void takesRolesAsTextAndOtherClaimNames() {
		var names = new OidcSettings.Claims("upn", "display", "org", "groups");
		var identity = ExternalIdentity.from("https://idp", "sub-2",
				Map.of("upn", "kari", "org", "PL-CUSTOMS", "groups", "ANALYST, partner_observer unknown"), names);

		assertThat(identity.username()).isEqualTo("kari");
		assertThat(identity.displayName()).as("the username when there is no name").isEqualTo("kari");
		assertThat(identity.roles()).containsExactlyInAnyOrder(Role.ANALYST, Role.PARTNER_OBSERVER);
	}

	@Test
	void withoutRolesOrOrganisationTheIdentityIsEmptyThere() {
		var identity = ExternalIdentity.from("https://idp", "sub-3", Map.of("preferred_username", "nobody"), DEFAULT);

		assertThat(identity.roles()).isEmpty();
		assertThat(identity.organisation()).isEmpty();
	}

	@Test
	void refusesWithoutAUsername() {
		assertThatThrownBy(() -> ExternalIdentity.from("https://idp", "sub-4", Map.of("name", "No Username"), DEFAULT))
			.isInstanceOfSatisfying(ExternalSignInRefused.class,
					refused -> assertThat(refused.reason()).isEqualTo(ExternalSignInRefused.Reason.MISSING_USERNAME));
	}
}
