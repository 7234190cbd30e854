package eu.jcohub.accounts;

import java.util.List;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in through an organisation's identity provider (OpenID Connect); off while {@code issuer} is empty.
 * See docs/oidc.md.
 *
 * @param issuer the provider's issuer URI (e.g. a Keycloak realm, {@code https://idp.example/realms/jcohub})
 * @param clientId JCO Hub's client at the provider
 * @param clientSecret its secret
 * @param registrationId names the provider in JCO Hub's URLs ({@code /oauth2/authorization/{id}},
 *        {@code /login/oauth2/code/{id}})
 * @param scopes requested scopes; {@code openid} is required
 * @param claims which claims carry the username, display name, organisation and roles
 */
@ConfigurationProperties("jcohub.oidc")
public record OidcSettings(@DefaultValue("") String issuer, @DefaultValue("") String clientId,
		@DefaultValue("") String clientSecret, @DefaultValue("jcohub") String registrationId,
		@DefaultValue({ "openid", "profile" }) List<String> scopes, @DefaultValue Claims claims) {

	public OidcSettings {
		// an empty environment variable (JCOHUB_OIDC_ISSUER=) arrives as null
		issuer = Objects.requireNonNullElse(issuer, "").trim();
		clientId = Objects.requireNonNullElse(clientId, "").trim();
		clientSecret = Objects.requireNonNullElse(clientSecret, "");
		scopes = List.copyOf(scopes);
		if (!issuer.isEmpty() && clientId.isEmpty()) {
			throw new IllegalStateException("jcohub.oidc.issuer is set, so jcohub.oidc.client-id (JCOHUB_OIDC_CLIENT_ID) is needed too");
		}
		if (!issuer.isEmpty() && !scopes.contains("openid")) {
			throw new IllegalStateException("jcohub.oidc.scopes must contain openid");
		}
	}

	/**
	 * @param username the claim with the username ({@code preferred_username})
	 * @param displayName the claim with the name shown in JCO Hub ({@code name})
	 * @param organisation the claim with the organisation's code in JCO Hub's reference data
	 * @param roles the claim with the JCO Hub roles (a list, or names separated by commas or spaces)
	 */
	public record Claims(@DefaultValue("preferred_username") String username, @DefaultValue("name") String displayName,
			@DefaultValue("jcohub_organisation") String organisation, @DefaultValue("jcohub_roles") String roles) {
	}
}
