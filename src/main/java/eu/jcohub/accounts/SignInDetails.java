package eu.jcohub.accounts;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * What the sign-in form sends besides username and password: the authenticator code, if any. Only the
 * sign-in form produces these details, so they also tell a form sign-in from HTTP Basic.
 */
public final class SignInDetails extends WebAuthenticationDetails {

	public static final String CODE_PARAMETER = "code";
	// Used once, during sign-in; never kept in the session.
	private final transient @Nullable String code;

	public SignInDetails(HttpServletRequest request) {
		super(request);
		this.code = request.getParameter(CODE_PARAMETER);
	}

	String code() {
		return code == null ? "" : code;
	}
}
