package eu.jcohub.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Turns a person the identity provider vouched for into a signed-in JCO Hub user: reads organisation and roles from
 * the claims, opens or updates the account, and answers a principal the access policy knows. A refusal becomes an
 * authentication error whose code names the reason.
 */
@Component
public class OidcSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

	private static final Logger log = LoggerFactory.getLogger(OidcSignIn.class);
	private final OidcUserService provider = new OidcUserService();
	private final OidcAccounts accounts;
	private final OidcSettings settings;

	OidcSignIn(OidcAccounts accounts, OidcSettings settings) {
		this.accounts = accounts;
		this.settings = settings;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		var provided = provider.loadUser(request);
		var issuer = String.valueOf(provided.getIdToken().getIssuer());
		try {
			var identity = ExternalIdentity.from(issuer, provided.getSubject(), provided.getClaims(), settings.claims());
			return new ExternalUser(accounts.signIn(identity), provided);
		}
		catch (ExternalSignInRefused refused) {
			log.info("Sign-in of {} from {} refused: {}", provided.getSubject(), issuer, refused.getMessage());
			var error = new OAuth2Error(refused.reason().code(), refused.getMessage(), null);
			throw new OAuth2AuthenticationException(error, refused.getMessage(), refused);
		}
	}
}
