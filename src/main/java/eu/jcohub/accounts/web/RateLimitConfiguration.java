package eu.jcohub.accounts.web;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.ForwardedHeaderFilter;

/**
 * The filters in front of the security chain: the rate limits, and, only behind a reverse proxy that sets
 * them, the forwarded headers (client address, https) the limits and HSTS rely on. Trusting those headers
 * without such a proxy would let any client choose its own address.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitConfiguration {

	@Bean
	FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimitProperties limits, Clock clock) {
		var registration = new FilterRegistrationBean<>(new RateLimitFilter(limits, clock));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

	@Bean
	@ConditionalOnBooleanProperty("jcohub.behind-proxy")
	FilterRegistrationBean<ForwardedHeaderFilter> forwardedHeaderFilter() {
		var filter = new ForwardedHeaderFilter();
		// Redirects stay relative: a forwarded host is the client's to write, like the Host header.
		filter.setRelativeRedirects(true);
		var registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}
}
