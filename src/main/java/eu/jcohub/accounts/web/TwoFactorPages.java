package eu.jcohub.accounts.web;

import eu.jcohub.access.AccessPolicy;
import eu.jcohub.accounts.SecondFactorPolicy;
import eu.jcohub.accounts.SecondFactors;
import eu.jcohub.accounts.TotpSecret;
import eu.jcohub.shared.DomainRuleViolation;
import eu.jcohub.shared.InvalidInput;
import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Enrolling an authenticator app as second factor, and switching it off. The new secret waits in the session
 * until a code from it confirms that the app holds it; each visit to the page draws a new one.
 */
@Controller
class TwoFactorPages {

	private static final String PENDING = TwoFactorPages.class.getName() + ".pending";
	private final AccessPolicy access;
	private final SecondFactors secondFactors;
	private final SecondFactorPolicy policy;

	TwoFactorPages(AccessPolicy access, SecondFactors secondFactors, SecondFactorPolicy policy) {
		this.access = access;
		this.secondFactors = secondFactors;
		this.policy = policy;
	}

	@GetMapping("/account/two-factor")
	String show(Model model, HttpSession session) {
		var username = access.currentUser().username();
		if (secondFactors.enabled(username)) {
			return page(model, null, Map.of());
		}
		var secret = TotpSecret.random();
		session.setAttribute(PENDING, secret.base32());
		return page(model, secret, Map.of());
	}

	@PostMapping("/account/two-factor")
	String enable(@RequestParam(defaultValue = "") String code, Model model, HttpSession session) {
		var username = access.currentUser().username();
		if (!(session.getAttribute(PENDING) instanceof String pending)) {
			return "redirect:/account/two-factor";
		}
		var secret = TotpSecret.ofBase32(pending);
		try {
			secondFactors.enable(username, secret, code);
		}
		catch (InvalidInput invalid) {
			return page(model, secret, invalid.fieldErrors());
		}
		session.removeAttribute(PENDING);
		return "redirect:/account?secondFactorEnabled";
	}

	@PostMapping("/account/two-factor/disable")
	String disable(@RequestParam(defaultValue = "") String code, Model model) {
		try {
			secondFactors.disable(access.currentUser(), code);
		}
		catch (InvalidInput invalid) {
			return page(model, null, invalid.fieldErrors());
		}
		catch (DomainRuleViolation refused) {
			return page(model, null, Map.of("code", refused.getMessage()));
		}
		return "redirect:/account?secondFactorDisabled";
	}

	private String page(Model model, @Nullable TotpSecret secret, Map<String, String> errors) {
		var user = access.currentUser();
		model.addAttribute("user", user);
		model.addAttribute("enabled", secret == null);
		model.addAttribute("required", policy.requiredFor(user));
		if (secret != null) {
			model.addAttribute("secret", secret.grouped());
			model.addAttribute("uri", secret.uri(user.username()));
		}
		// A plain map: the templates look errors up by field name.
		model.addAttribute("errors", new LinkedHashMap<>(errors));
		return "accounts/two-factor";
	}
}
