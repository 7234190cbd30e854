package eu.jcohub.accounts.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** What the sign-in page needs for OIDC: the providers to offer, and why a sign-in through one was refused. */
@ControllerAdvice(assignableTypes = SignInPages.class)
class OidcLoginButtons {

	private final OidcLogin login;

	OidcLoginButtons(OidcLogin login) {
		this.login = login;
	}

	@ModelAttribute("identityProviders")
	List<OidcLogin.IdentityProvider> identityProviders() {
		return login.providers();
	}

	/** The message key for {@code ?oidc=<reason>}. */
	@ModelAttribute("oidcRefusal")
	@Nullable
	String oidcRefusal(@RequestParam(name = "oidc", required = false) @Nullable String reason) {
		return reason == null ? null : OidcLogin.knownReason(reason).map(code -> "login.oidc.refused." + code).orElse(null);
	}
}
