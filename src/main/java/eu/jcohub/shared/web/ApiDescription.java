package eu.jcohub.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's description at {@code /v3/api-docs}: its title, the application's version, what it is for, and the
 * two ways to sign in (HTTP Basic with an account, a personal API token as Bearer), so that Swagger UI offers
 * “Authorize” and its “Try it out” calls carry their own credentials.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

	static final String BASIC = "basic";
	static final String BEARER = "bearer";

	/**
	 * The server is JCO Hub's public address, or, where none is configured, {@code /}: the address the reader
	 * loaded the description from. Never the request's Host header, which would let a crafted request point Swagger
	 * UI's calls at another server.
	 */
	@Bean
	OpenAPI jcoHubApi(MessageSource messages, ObjectProvider<BuildProperties> build, PublicAddress address) {
		var english = Locale.ENGLISH;
		return new OpenAPI()
			.servers(List.of(new Server().url(address.configured().map(URI::toString).orElse("/"))))
			.info(new Info().title(messages.getMessage("api.title", null, english))
				.version(version(build))
				.description(messages.getMessage("api.description", null, english)))
			.components(new Components()
				.addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
					.description(messages.getMessage("api.security.basic", null, english)))
				.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
					.bearerFormat(messages.getMessage("api.security.bearer.format", null, english))
					.description(messages.getMessage("api.security.bearer", null, english))))
			// Either one signs a call in: two requirements, not one with both.
			.security(List.of(new SecurityRequirement().addList(BEARER), new SecurityRequirement().addList(BASIC)));
	}

	/** The version the build wrote; a run from sources without a build says so. */
	private static String version(ObjectProvider<BuildProperties> build) {
		var properties = build.getIfAvailable();
		if (properties != null && properties.getVersion() != null) {
			return properties.getVersion();
		}
		var manifest = ApiDescription.class.getPackage().getImplementationVersion();
		return manifest != null ? manifest : "development";
	}
}
