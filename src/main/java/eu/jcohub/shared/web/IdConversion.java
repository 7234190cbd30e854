package eu.jcohub.shared.web;

import eu.jcohub.shared.OperationId;
import java.util.UUID;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Typed ids in paths and parameters: {@code /operations/{id}} binds an {@link OperationId} directly. */
@Configuration(proxyBeanMethods = false)
class IdConversion implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverter(String.class, OperationId.class, text -> new OperationId(UUID.fromString(text.strip())));
	}
}
