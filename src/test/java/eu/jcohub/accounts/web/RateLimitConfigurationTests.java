package eu.jcohub.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Forwarded headers are believed only when the operator says a proxy sets them. */
class RateLimitConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(RateLimitConfiguration.class)
		.withBean(Clock.class, Clock::systemUTC);

	@Test
	void forwardedHeadersAreIgnoredUnlessBehindAProxy() {
		runner.run(context -> assertThat(context).hasBean("rateLimitFilter").doesNotHaveBean("forwardedHeaderFilter"));
		runner.withPropertyValues("jcohub.behind-proxy=false")
			.run(context -> assertThat(context).doesNotHaveBean("forwardedHeaderFilter"));
		runner.withPropertyValues("jcohub.behind-proxy=true")
			.run(context -> assertThat(context).hasBean("forwardedHeaderFilter"));
	}

	@Test
	void limitsComeFromTheProperties() {
		runner.withPropertyValues("jcohub.security.rate-limit.login-per-minute=7")
			.run(context -> assertThat(context.getBean(RateLimitProperties.class).loginPerMinute()).isEqualTo(7));
		runner.run(context -> assertThat(context.getBean(RateLimitProperties.class))
			.isEqualTo(new RateLimitProperties(30, 10, 300, 10)));
	}
}
