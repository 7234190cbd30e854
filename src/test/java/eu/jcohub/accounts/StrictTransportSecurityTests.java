package eu.jcohub.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import eu.jcohub.support.IntegrationTest;
import jakarta.servlet.Filter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.filter.ForwardedHeaderFilter;

/** HSTS tells browsers to keep to https, but only an answer that came over https may say so. */
@IntegrationTest
class StrictTransportSecurityTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	@Qualifier("springSecurityFilterChain")
	Filter security;

	private MockMvc mvc;

	@BeforeEach
	void realFilterChain() {
		mvc = MockMvcBuilders.webAppContextSetup(context).addFilters(security).build();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/login", "/api/operations" })
	void onlySecureAnswersCarryHsts(String path) throws Exception {
		var secure = mvc.perform(get(path).secure(true)).andReturn().getResponse();
		assertThat(secure.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");
		var plain = mvc.perform(get(path)).andReturn().getResponse();
		assertThat(plain.getHeader("Strict-Transport-Security")).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/login", "/api/operations" })
	void behindAProxyTheForwardedProtocolCounts(String path) throws Exception {
		var behindProxy = MockMvcBuilders.webAppContextSetup(context).addFilters(new ForwardedHeaderFilter(), security)
			.build();
		var forwarded = behindProxy.perform(get(path).header("X-Forwarded-Proto", "https")).andReturn().getResponse();
		assertThat(forwarded.getHeader("Strict-Transport-Security")).startsWith("max-age=31536000");
		var direct = mvc.perform(get(path).header("X-Forwarded-Proto", "https")).andReturn().getResponse();
		assertThat(direct.getHeader("Strict-Transport-Security")).as("not trusted without a proxy").isNull();
	}
}
