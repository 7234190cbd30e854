package eu.jcohub.accounts;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * An OpenID Connect provider in the test JVM, standing in for an organisation's Keycloak: Spring Security's
 * authorization server on a random port of {@code localhost}, with form login, one client for JCO Hub and people
 * whose ID tokens carry the JCO Hub claims. A plain Spring context without Boot's auto-configuration, so it
 * neither needs nor changes anything of JCO Hub's.
 */
final class TestIdentityProvider implements AutoCloseable {

	static final String CLIENT_ID = "jcohub-test";
	static final String CLIENT_SECRET = "provider-secret-1";
	static final String PASSWORD = "provider-password-1";

	private final AnnotationConfigServletWebServerApplicationContext context;

	private TestIdentityProvider(AnnotationConfigServletWebServerApplicationContext context) {
		this.context = context;
	}

	static TestIdentityProvider start() {
		var context = new AnnotationConfigServletWebServerApplicationContext(Provider.class);
		return new TestIdentityProvider(context);
	}

	String issuer() {
		return "http://localhost:" + context.getWebServer().getPort();
	}

	/** Someone who may sign in at the provider (password {@value #PASSWORD}) with these claims in the ID token. */
	void person(String username, Map<String, Object> claims) {
		var users = context.getBean(InMemoryUserDetailsManager.class);
		var user = User.withUsername(username).password("{noop}" + PASSWORD).roles("USER").build();
		if (users.userExists(username)) {
			users.updateUser(user);
		}
		else {
			users.createUser(user);
		}
		context.getBean(People.class).claims().put(username, Map.copyOf(claims));
	}

	@Override
	public void close() {
		context.close();
	}

	/** The extra ID token claims per username. */
	record People(Map<String, Map<String, Object>> claims) {
	}

	/** A test configuration, so that JCO Hub's component scan leaves it out. */
	@TestConfiguration(proxyBeanMethods = false)
	@EnableWebSecurity
	static class Provider {

		@Bean
		TomcatServletWebServerFactory webServer() {
			var factory = new TomcatServletWebServerFactory(0);
			// Tomcat answers 404 before any filter unless a servlet is mapped; all the provider's endpoints are filters
			factory.setRegisterDefaultServlet(true);
			return factory;
		}

		@Bean
		SecurityFilterChain provider(HttpSecurity http) throws Exception {
			http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
				.oauth2AuthorizationServer(server -> server.oidc(Customizer.withDefaults()))
				.formLogin(Customizer.withDefaults());
			return http.build();
		}

		@Bean
		InMemoryUserDetailsManager users() {
			return new InMemoryUserDetailsManager();
		}

		@Bean
		People people() {
			return new People(new ConcurrentHashMap<>());
		}

		/** JCO Hub runs on 127.0.0.1; for loopback addresses the provider accepts any port (RFC 8252). */
		@Bean
		RegisteredClientRepository clients() {
			var client = RegisteredClient.withId(UUID.randomUUID().toString())
				.clientId(CLIENT_ID)
				.clientSecret("{noop}" + CLIENT_SECRET)
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
				.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
				.redirectUri("http://127.0.0.1/login/oauth2/code/jcohub")
				.scope(OidcScopes.OPENID)
				.scope(OidcScopes.PROFILE)
				.clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
				.build();
			return new InMemoryRegisteredClientRepository(List.of(client));
		}

		@Bean
		OAuth2TokenCustomizer<JwtEncodingContext> jcoHubClaims(People people) {
			return context -> {
				if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
					var username = context.getPrincipal().getName();
					context.getClaims().claim("preferred_username", username);
					context.getClaims().claims(all -> all.putAll(people.claims().getOrDefault(username, Map.of())));
				}
			};
		}

		@Bean
		RSAKey signingKey() throws NoSuchAlgorithmException {
			var generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			var keys = generator.generateKeyPair();
			return new RSAKey.Builder((RSAPublicKey) keys.getPublic()).privateKey((RSAPrivateKey) keys.getPrivate())
				.keyID(UUID.randomUUID().toString())
				.build();
		}

		@Bean
		JWKSource<SecurityContext> jwkSource(RSAKey signingKey) {
			return new ImmutableJWKSet<>(new JWKSet(signingKey));
		}

		/** Checks the access tokens at the user info endpoint. */
		@Bean
		JwtDecoder jwtDecoder(RSAKey signingKey) throws Exception {
			return NimbusJwtDecoder.withPublicKey(signingKey.toRSAPublicKey()).build();
		}

		@Bean
		AuthorizationServerSettings authorizationServerSettings() {
			return AuthorizationServerSettings.builder().build();
		}
	}
}
