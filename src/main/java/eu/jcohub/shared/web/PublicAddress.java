package eu.jcohub.shared.web;

import eu.jcohub.shared.db.DemoMode;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address JCO Hub is reached at, for the few links that must be absolute (a calendar feed URL to paste into a
 * calendar client, the API description's server, the identity provider's way back). Never the request's
 * {@code Host} header, which any client sets to what it likes ("host header injection"): the configured
 * {@code JCOHUB_PUBLIC_URL}; without one, in the demo, the address the browser used (convenient on a laptop,
 * harmless there); outside the demo, the server's own address and port as the connection reached it, with a
 * warning at start to configure the public one. Redirects need none of this: they are relative.
 */
@Component
public class PublicAddress {

	private static final Logger log = LoggerFactory.getLogger(PublicAddress.class);
	private final @Nullable URI configured;
	private final boolean demo;

	@Autowired
	PublicAddress(@Value("${jcohub.public-url:}") String configured, DemoMode demo) {
		this(configured, demo.enabled());
	}

	PublicAddress(String configured, boolean demo) {
		this.configured = parse(configured);
		this.demo = demo;
		if (this.configured == null && !this.demo) {
			log.warn("JCOHUB_PUBLIC_URL is not set: absolute links (calendar feed URLs, the API description's server) "
					+ "name this server's own address; set it to the address users reach JCO Hub at.");
		}
	}

	/** The configured public address, if any (without a trailing slash). */
	public Optional<URI> configured() {
		return Optional.ofNullable(configured);
	}

	/** An absolute link to {@code path} (which starts with {@code /}) for the request being served. */
	public String link(String path) {
		if (configured != null) {
			return configured + path;
		}
		var request = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest() : null;
		if (request == null) {
			return path;
		}
		return (demo ? ServletUriComponentsBuilder.fromContextPath(request).build().toUriString() : ownAddress(request))
				+ path;
	}

	/** The server as the connection reached it: its address and port, never a header the client wrote. */
	private static String ownAddress(HttpServletRequest request) {
		var host = request.getLocalAddr();
		if (host.contains(":")) {
			host = "[" + host + "]";
		}
		return request.getScheme() + "://" + host + ":" + request.getLocalPort() + request.getContextPath();
	}

	private static @Nullable URI parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		URI uri;
		try {
			uri = URI.create(text.strip().replaceAll("/+$", ""));
		}
		catch (IllegalArgumentException e) {
			throw new IllegalStateException("JCOHUB_PUBLIC_URL is no address: " + text, e);
		}
		if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null
				|| uri.getRawQuery() != null || uri.getRawFragment() != null) {
			throw new IllegalStateException("JCOHUB_PUBLIC_URL must be an http(s) address without query or fragment, "
					+ "e.g. https://jcohub.example.eu: " + text);
		}
		return uri;
	}
}
