package eu.jcohub.shared.web;

import eu.jcohub.shared.db.DatabaseAvailability;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Registers {@link DatabaseOutageFilter} first of all filters, before security and the rate limits. */
@Configuration(proxyBeanMethods = false)
class DatabaseOutageConfiguration {

	@Bean
	FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter(DatabaseAvailability availability,
			MessageSource messages) {
		var registration = new FilterRegistrationBean<>(new DatabaseOutageFilter(availability, messages));
		// After the forwarded headers (HIGHEST_PRECEDENCE), before the rate limits and the security chain.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}
}
