package eu.jcohub.accounts.web;

import eu.jcohub.accounts.OidcSettings;
import eu.jcohub.shared.web.PublicAddress;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;

/**
 * JCO Hub's identity provider from {@code jcohub.oidc.*} (JCOHUB_OIDC_ISSUER, …), read from the provider's
 * discovery document at start. Without an issuer there is none, and sign-in is by password only (unless Spring's
 * own {@code spring.security.oauth2.client.*} properties register providers).
 */
@Configuration(proxyBeanMethods = false)
class OidcClientRegistration {

	/**
	 * The provider sends the user back to JCO Hub's public address where one is configured; otherwise to the
	 * address the request came by, which the provider checks against the redirect addresses registered with it.
	 */
	@Bean
	@Conditional(IssuerConfigured.class)
	ClientRegistrationRepository identityProvider(OidcSettings settings, PublicAddress address) {
		var builder = ClientRegistrations.fromIssuerLocation(settings.issuer())
			.registrationId(settings.registrationId())
			.clientId(settings.clientId())
			.clientSecret(settings.clientSecret())
			.scope(settings.scopes())
			.clientName(settings.registrationId());
		address.configured()
			.ifPresent(base -> builder.redirectUri(base + "/login/oauth2/code/{registrationId}"));
		var registration = builder.build();
		return new InMemoryClientRegistrationRepository(registration);
	}

	static class IssuerConfigured implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !context.getEnvironment().getProperty("jcohub.oidc.issuer", "").isBlank();
		}
	}
}
