package eu.jcohub.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import eu.jcohub.accounts.SessionCutoffs;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** A session ends when it has lasted the longest a session may, however busy it was. */
class SessionLifetimeTests {

	private static final Instant SIGNED_IN = Instant.parse("2031-03-03T08:00:00Z");

	@AfterEach
	void signedOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aSessionWithinItsLifetimeGoesOn() throws Exception {
		var answer = request(SIGNED_IN.plus(Duration.ofHours(11).plusMinutes(59)), false);
		assertThat(answer.getStatus()).isEqualTo(200);
		assertThat(answer.getRedirectedUrl()).isNull();
	}

	@Test
	void aSessionPastItsLifetimeGoesToTheSignInPageOrGetsA401() throws Exception {
		var page = request(SIGNED_IN.plus(Duration.ofHours(12).plusSeconds(1)), false);
		assertThat(page.getRedirectedUrl()).isEqualTo("/login?expired");
		var api = request(SIGNED_IN.plus(Duration.ofHours(12).plusSeconds(1)), true);
		assertThat(api.getStatus()).isEqualTo(401);
	}

	private static MockHttpServletResponse request(Instant now, boolean api) throws Exception {
		var cutoffs = mock(SessionCutoffs.class);
		when(cutoffs.stillValid(anyString(), any())).thenReturn(true);
		var filter = new SessionCutoffFilter(cutoffs, api, Duration.ofHours(12), Clock.fixed(now, ZoneOffset.UTC));
		var request = new MockHttpServletRequest("GET", api ? "/api/operations" : "/calendar");
		request.getSession().setAttribute(SignedInSession.class.getName(), new SignedInSession.SignIn("someone", SIGNED_IN));
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("someone", null, java.util.List.of()));
		SecurityContextHolder.setContext(context);
		var response = new MockHttpServletResponse();
		filter.doFilter(request, response, new MockFilterChain());
		return response;
	}
}
