package eu.jcohub.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The limits with small numbers and a hand-moved clock; RateLimitTests shows the filter is in place. */
class RateLimitFilterTests {

	private final eu.jcohub.shared.SlidingWindowLimiterTests.HandClock clock = new eu.jcohub.shared.SlidingWindowLimiterTests.HandClock();
	private final RateLimitFilter filter = new RateLimitFilter(new RateLimitProperties(4, 2, 3, 2), clock);

	@Test
	void signInsAreLimitedPerUsernameWhateverTheAddress() throws Exception {
		assertThat(login("10.0.0.1", "alice").getStatus()).isEqualTo(200);
		assertThat(login("10.0.0.2", "Alice").getStatus()).isEqualTo(200);
		var refused = login("10.0.0.3", "alice");
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getHeader("Retry-After")).isEqualTo("60");
		assertThat(refused.getErrorMessage()).as("the error page, not a problem detail").isNull();
		assertThat(login("10.0.0.3", "bob").getStatus()).isEqualTo(200);
		clock.advance(Duration.ofMinutes(1));
		assertThat(login("10.0.0.3", "alice").getStatus()).isEqualTo(200);
	}

	@Test
	void signInsAreLimitedPerAddressWhateverTheUsername() throws Exception {
		for (int i = 0; i < 4; i++) {
			assertThat(login("10.0.0.9", "user" + i).getStatus()).isEqualTo(200);
		}
		assertThat(login("10.0.0.9", "user5").getStatus()).isEqualTo(429);
	}

	@Test
	void basicAuthenticationOnTheApiIsLimitedWithAProblemDetail() throws Exception {
		for (int i = 0; i < 3; i++) {
			assertThat(send(api("GET", "/api/operations", "Basic dTpw")).getStatus()).isEqualTo(200);
		}
		var refused = send(api("GET", "/api/operations", "Basic dTpw"));
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getHeader("Retry-After")).isEqualTo("60");
		assertThat(refused.getContentType()).startsWith("application/problem+json");
		assertThat(refused.getContentAsString()).contains("\"status\":429").contains("Too many attempts");
		assertThat(send(api("GET", "/api/operations", "Bearer jco_x")).getStatus()).as("tokens are not passwords")
			.isEqualTo(200);
		assertThat(send(api("GET", "/api/operations", null)).getStatus()).isEqualTo(200);
	}

	@Test
	void issuingTokensIsLimitedPerAddressOnEveryDoor() throws Exception {
		assertThat(send(api("POST", "/api/me/tokens", null)).getStatus()).isEqualTo(200);
		assertThat(send(api("POST", "/exchange/feed-token", null)).getStatus()).isEqualTo(200);
		assertThat(send(api("POST", "/account/tokens", null)).getStatus()).isEqualTo(429);
		assertThat(send(api("POST", "/api/me/feed-token", null)).getStatus()).isEqualTo(429);
		assertThat(send(api("GET", "/account/tokens", null)).getStatus()).as("looking is not issuing").isEqualTo(200);
		assertThat(send(api("POST", "/account/tokens/7/revoke", null)).getStatus()).isEqualTo(200);
	}

	private MockHttpServletResponse login(String address, String username) throws Exception {
		var request = new MockHttpServletRequest("POST", "/login");
		request.setRemoteAddr(address);
		request.setParameter("username", username);
		request.setParameter("password", "secret");
		return send(request);
	}

	private static MockHttpServletRequest api(String method, String path, String authorization) {
		var request = new MockHttpServletRequest(method, path);
		request.setRemoteAddr("10.1.1.1");
		if (authorization != null) {
			request.addHeader("Authorization", authorization);
		}
		return request;
	}

	private MockHttpServletResponse send(MockHttpServletRequest request) throws Exception {
		var response = new MockHttpServletResponse();
		filter.doFilter(request, response, new MockFilterChain());
		return response;
	}
}
