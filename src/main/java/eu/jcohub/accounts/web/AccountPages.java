package eu.jcohub.accounts.web;

import eu.jcohub.access.AccessPolicy;
import eu.jcohub.accounts.PasswordRules;
import eu.jcohub.accounts.SecondFactorPolicy;
import eu.jcohub.accounts.SecondFactors;
import eu.jcohub.accounts.AccountLifecycle;
import eu.jcohub.reference.ReferenceData;
import eu.jcohub.shared.InvalidInput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The signed-in user's own account: who they are, their password, and signing out of every session; the last two
 * end the user's personal tokens too.
 */
@Controller
class AccountPages {

	private final AccessPolicy access;
	private final SecondFactors secondFactors;
	private final SecondFactorPolicy policy;
	private final AccountLifecycle lifecycle;
	private final ReferenceData reference;

	AccountPages(AccessPolicy access, SecondFactors secondFactors, SecondFactorPolicy policy,
			AccountLifecycle lifecycle, ReferenceData reference) {
		this.access = access;
		this.secondFactors = secondFactors;
		this.policy = policy;
		this.lifecycle = lifecycle;
		this.reference = reference;
	}

	@GetMapping("/account")
	String show(Model model) {
		return page(model, Map.of());
	}

	/**
	 * A changed password ends every other session and every token of the user (a stolen session or token dies with
	 * the old password); this session goes on.
	 */
	@PostMapping("/account/password")
	String changePassword(PasswordChange change, Model model, HttpServletRequest request, HttpServletResponse response) {
		var username = access.currentUser().username();
		java.time.Instant cutoff;
		try {
			cutoff = lifecycle.changePassword(change.current(), change.password(), change.repeat());
		}
		catch (InvalidInput invalid) {
			response.setStatus(422);
			return page(model, invalid.fieldErrors());
		}
		SignedInSession.keepAfter(request, username, cutoff);
		return "redirect:/account?passwordChanged";
	}

	@PostMapping("/account/sign-out-everywhere")
	String signOutEverywhere(HttpServletRequest request, HttpServletResponse response) {
		lifecycle.signOutEverywhere();
		new SecurityContextLogoutHandler().logout(request, response, SecurityContextHolder.getContext().getAuthentication());
		return "redirect:/login?signedOutEverywhere";
	}

	private String page(Model model, Map<String, String> errors) {
		var user = access.currentUser();
		model.addAttribute("user", user);
		model.addAttribute("organisationName", reference.organisationName(user.organisation()));
		model.addAttribute("roles", user.roles().stream().sorted().toList());
		model.addAttribute("secondFactor", secondFactors.enabled(user.username()));
		model.addAttribute("secondFactorRequired", policy.requiredFor(user));
		model.addAttribute("minLength", PasswordRules.MIN_LENGTH);
		// A plain map: the templates look errors up by field name.
		model.addAttribute("errors", new LinkedHashMap<>(errors));
		return "accounts/account";
	}

	/** The change-password form; null fields (not sent) count as empty. */
	record PasswordChange(String current, String password, String repeat) {

		PasswordChange {
			current = current == null ? "" : current;
			password = password == null ? "" : password;
			repeat = repeat == null ? "" : repeat;
		}
	}
}
