package eu.jcohub.accounts.web;

import eu.jcohub.accounts.ApiTokens;
import eu.jcohub.accounts.SignInDetails;
import eu.jcohub.shared.db.DatabaseOutage;
import eu.jcohub.shared.web.SecurityHeaders;
import eu.jcohub.shared.web.SecurityLog;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two doors: the JSON API (HTTP Basic, personal API tokens, or the browser session; 401/403 as problem
 * details) and the web pages (login form). Which record a user may see is not decided here but by the
 * access policy.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** One policy for the security chain and for answers given before it ({@link SecurityHeaders}). */
	private static final String CSP = SecurityHeaders.CONTENT_SECURITY_POLICY;

	static final String CSRF_MISSING = "This change came with the browser's session alone and without the page's "
			+ "CSRF token. API clients sign in on every call: HTTP Basic or a personal API token as Bearer (in Swagger "
			+ "UI: Authorize).";

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/** The API description's own paths: signed in like the API, or open to all (see {@link ApiDocsAccess}). */
	static final String[] API_DOCS = { "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**" };
	static final String[] SWAGGER_UI = { "/swagger-ui/**", "/swagger-ui.html" };

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, AccountSecurity accounts, ApiDocsAccess docs)
			throws Exception {
		http.securityMatcher(matchers("/api/**", API_DOCS))
			.authorizeHttpRequests(requests -> {
				if (docs.open()) {
					requests.requestMatchers(API_DOCS).permitAll();
				}
				requests.requestMatchers("/api/audit/**").hasRole("ADMIN").anyRequest().authenticated();
			})
			.httpBasic(basic -> basic.realmName("JCO Hub")
				.authenticationEntryPoint((request, response, e) -> {
					// An account that could not be read is an outage (503), not a wrong password.
					DatabaseOutage.rethrowIfCause(e);
					response.setHeader("WWW-Authenticate", "Basic realm=\"JCO Hub\"");
					ProblemResponses.write(response, HttpStatus.UNAUTHORIZED, AccountSecurity.apiSignInDetail(e));
				}))
			.addFilterBefore(new TokenAuthenticationFilter(tokens), BasicAuthenticationFilter.class)
			// Calls that carry their own credentials (Swagger UI's "Try it out" after "Authorize", scripts) cannot
			// be forged by another site, even with the browser's session cookie along; calls that change something
			// with the session cookie alone still need the CSRF token.
			.csrf(csrf -> csrf.requireCsrfProtectionMatcher(request -> !isSafe(request.getMethod())
					&& !carriesCredentials(request)))
			.exceptionHandling(exceptions -> exceptions
				.authenticationEntryPoint((request, response, e) -> ProblemResponses.write(response,
						HttpStatus.UNAUTHORIZED, AccountSecurity.SIGN_IN))
				.accessDeniedHandler((request, response, e) -> {
					// A caller who has not signed in at all (no session, no credentials) is asked to sign in,
					// even where the missing CSRF token is what stopped the request first.
					SecurityLog.refused(request, signedIn() ? 403 : 401, e instanceof CsrfException ? "csrf" : "security");
					if (signedIn()) {
						ProblemResponses.write(response, HttpStatus.FORBIDDEN,
								e instanceof CsrfException ? CSRF_MISSING : "You may not do this.");
					}
					else {
						response.setHeader("WWW-Authenticate", "Basic realm=\"JCO Hub\"");
						ProblemResponses.write(response, HttpStatus.UNAUTHORIZED, AccountSecurity.SIGN_IN);
					}
				}))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP)));
		accounts.apply(http, true);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain web(HttpSecurity http, AccountSecurity accounts, OidcLogin oidc, ApiDocsAccess docs)
			throws Exception {
		http.authorizeHttpRequests(requests -> {
				requests.requestMatchers("/login", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**",
						"/favicon.ico", "/actuator/health", "/actuator/health/**").permitAll();
				if (docs.open()) {
					requests.requestMatchers(SWAGGER_UI).permitAll();
				}
				requests.requestMatchers(HttpMethod.GET, "/actuator/info").permitAll().anyRequest().authenticated();
			})
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll()
				.authenticationDetailsSource(SignInDetails::new)
				.failureHandler(signInFailed()))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
		accounts.apply(http, false);
		oidc.applyTo(http);
		return http.build();
	}

	/** A failed sign-in goes back to the form, unless the database could not be reached to check it (503). */
	private static AuthenticationFailureHandler signInFailed() {
		var toForm = new SimpleUrlAuthenticationFailureHandler("/login?error");
		return (request, response, e) -> {
			DatabaseOutage.rethrowIfCause(e);
			toForm.onAuthenticationFailure(request, response, e);
		};
	}

	private static String[] matchers(String first, String[] more) {
		var all = new String[more.length + 1];
		all[0] = first;
		System.arraycopy(more, 0, all, 1, more.length);
		return all;
	}

	private static boolean signedIn() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

	/**
	 * HTTP Basic or a Bearer token in the Authorization header: a browser sends one on a cross-site request only
	 * if this site's CORS policy allowed the header, which it does not.
	 */
	static boolean carriesCredentials(HttpServletRequest request) {
		var header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header != null
				&& (header.regionMatches(true, 0, "Basic ", 0, 6) || header.regionMatches(true, 0, "Bearer ", 0, 7));
	}

	private static boolean isSafe(String method) {
		return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method) || "TRACE".equals(method);
	}
}
