package eu.jcohub.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The security events of the application log (logger {@code eu.jcohub.security}): sign-ins, failed sign-ins and
 * refusals, each with who, from where and what, one line each. What a client wrote (a username, an address) is
 * logged with its control characters replaced, so that nobody can forge a log line. Never a password or token:
 * they are not given to it. Changes and reads of records go to the audit trail, not here.
 */
public final class SecurityLog {

	private static final Logger log = LoggerFactory.getLogger("eu.jcohub.security");

	private SecurityLog() {
	}

	public static void signedIn(String username, String method) {
		log.info("Signed in: user={} method={} from={}", clean(username), method, clean(clientAddress()));
	}

	public static void signInFailed(@Nullable String username, String method, String reason) {
		log.warn("Sign-in failed: user={} method={} reason={} from={}", clean(username), method, reason,
				clean(clientAddress()));
	}

	/** A request refused (401/403): the user, the request and the refusal's code. */
	public static void refused(@Nullable HttpServletRequest request, int status, @Nullable String code) {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		var user = authentication == null || !authentication.isAuthenticated() ? "anonymous" : authentication.getName();
		log.warn("Refused: status={} user={} request={} {} reason={} from={}", status, clean(user),
				request == null ? "-" : request.getMethod(), request == null ? "-" : clean(request.getRequestURI()),
				code == null ? "-" : code, clean(request == null ? clientAddress() : request.getRemoteAddr()));
	}

	/** A value a client chose, fit for one log line: control characters become '?', at most 200 characters. */
	static String clean(@Nullable String value) {
		if (value == null) {
			return "-";
		}
		var text = value.replaceAll("\\p{Cntrl}", "?");
		return text.length() > 200 ? text.substring(0, 200) + "…" : text;
	}

	private static @Nullable String clientAddress() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest().getRemoteAddr() : null;
	}
}
