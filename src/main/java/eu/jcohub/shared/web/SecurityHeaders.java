package eu.jcohub.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers every answer carries, whoever writes it: a page, the API, an error page, a refusal by the
 * rate limits, the query-string check or the security firewall (which all answer before the security chain adds its
 * headers), and the server's own answer to an address it cannot read ({@link AddressErrorValve}). The security
 * chain writes the same values; where a header is set already, it leaves it.
 */
public final class SecurityHeaders extends OncePerRequestFilter {

	/** No inline scripts, no other origins, no framing. Inline style attributes are allowed. */
	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
			+ "frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";
	static final String STRICT_TRANSPORT = "max-age=31536000 ; includeSubDomains";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		write(request, response);
		chain.doFilter(request, response);
	}

	/** Sets each header the answer does not have yet; HSTS only on an answer that goes over https. */
	public static void write(HttpServletRequest request, HttpServletResponse response) {
		set(response, "Content-Security-Policy", CONTENT_SECURITY_POLICY);
		set(response, "X-Content-Type-Options", "nosniff");
		set(response, "X-Frame-Options", "DENY");
		set(response, "Referrer-Policy", "same-origin");
		set(response, "Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
		set(response, "Pragma", "no-cache");
		set(response, "Expires", "0");
		if (request.isSecure()) {
			set(response, "Strict-Transport-Security", STRICT_TRANSPORT);
		}
	}

	private static void set(HttpServletResponse response, String name, String value) {
		if (!response.containsHeader(name)) {
			response.setHeader(name, value);
		}
	}
}
