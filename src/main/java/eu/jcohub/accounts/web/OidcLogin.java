package eu.jcohub.accounts.web;

import eu.jcohub.accounts.ExternalSignInRefused;
import eu.jcohub.accounts.OidcSignIn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * Sign-in through the organisation's identity provider, active only when one is registered. A refused sign-in goes
 * back to the sign-in page with {@code ?oidc=<reason>}, which names the message shown there.
 */
@Component
class OidcLogin {

	static final String FAILED = "failed";
	private final ObjectProvider<ClientRegistrationRepository> registrations;
	private final OidcSignIn signIn;

	OidcLogin(ObjectProvider<ClientRegistrationRepository> registrations, OidcSignIn signIn) {
		this.registrations = registrations;
		this.signIn = signIn;
	}

	void applyTo(HttpSecurity http) {
		if (registrations.getIfAvailable() == null) {
			return;
		}
		http.oauth2Login(login -> login.loginPage("/login")
			.userInfoEndpoint(userInfo -> userInfo.oidcUserService(signIn))
			.defaultSuccessUrl("/", false)
			.failureHandler(OidcLogin::refused));
	}

	/** The providers to offer on the sign-in page; none when OIDC is not configured. */
	List<IdentityProvider> providers() {
		var repository = registrations.getIfAvailable();
		var providers = new ArrayList<IdentityProvider>();
		if (repository instanceof Iterable<?> all) {
			all.forEach(registration -> {
				if (registration instanceof ClientRegistration client) {
					providers.add(new IdentityProvider(client.getRegistrationId(), client.getClientName()));
				}
			});
		}
		return providers;
	}

	/** The reason code of a refused sign-in, if it is one the sign-in page explains. */
	static Optional<String> knownReason(String code) {
		return Arrays.stream(ExternalSignInRefused.Reason.values())
			.map(ExternalSignInRefused.Reason::code)
			.filter(code::equals)
			.findFirst()
			.or(() -> Optional.of(FAILED).filter(code::equals));
	}

	private static void refused(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException {
		var code = e instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode() : FAILED;
		response.sendRedirect(request.getContextPath() + "/login?oidc=" + knownReason(code).orElse(FAILED));
	}

	/** A provider on the sign-in page: the link {@code /oauth2/authorization/{registrationId}}. */
	record IdentityProvider(String registrationId, String name) {
	}
}
