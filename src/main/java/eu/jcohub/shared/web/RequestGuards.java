package eu.jcohub.shared.web;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * What stands between a malformed request and the application: the server's answer to an address it cannot
 * read, the security headers on every answer, and the query-string check in front of every other filter (after the
 * character encoding is set).
 */
@Configuration(proxyBeanMethods = false)
class RequestGuards {

	/** Before every filter that may answer by itself (after the forwarded headers, which say whether it is https). */
	@Bean
	FilterRegistrationBean<SecurityHeaders> securityHeaders() {
		var registration = new FilterRegistrationBean<>(new SecurityHeaders());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
		registration.setDispatcherTypes(jakarta.servlet.DispatcherType.REQUEST, jakarta.servlet.DispatcherType.ERROR,
				jakarta.servlet.DispatcherType.ASYNC);
		return registration;
	}

	@Bean
	FilterRegistrationBean<QueryStringGuard> queryStringGuard() {
		var registration = new FilterRegistrationBean<>(new QueryStringGuard());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> addressErrors() {
		return factory -> factory.addContextCustomizers(context -> {
			if (context.getParent() instanceof org.apache.catalina.core.StandardHost host) {
				host.setErrorReportValveClass(AddressErrorValve.class.getName());
			}
		});
	}
}
