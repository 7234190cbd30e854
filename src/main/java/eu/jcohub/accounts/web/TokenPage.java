package eu.jcohub.accounts.web;

import eu.jcohub.access.AccessPolicy;
import eu.jcohub.accounts.ApiTokens;
import eu.jcohub.accounts.TokenRequest;
import eu.jcohub.accounts.TokenSummary;
import eu.jcohub.shared.InvalidInput;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The page where users see, issue and revoke their personal API tokens. */
@Controller
class TokenPage {

	private final ApiTokens tokens;
	private final AccessPolicy access;
	private final Clock clock;

	TokenPage(ApiTokens tokens, AccessPolicy access, Clock clock) {
		this.tokens = tokens;
		this.access = access;
		this.clock = clock;
	}

	@GetMapping("/account/tokens")
	String show(Model model) {
		var mine = tokens.of(access.currentUser().username());
		model.addAttribute("tokens", mine.stream().map(this::row).toList());
		model.addAttribute("endedAccess", endedAccess(mine).orElse(null));
		model.addAttribute("minDays", TokenRequest.MIN_DAYS);
		model.addAttribute("maxDays", TokenRequest.MAX_DAYS);
		model.asMap().putIfAbsent("errors", Map.of());
		model.asMap().putIfAbsent("form", new Form("", "READ", String.valueOf(TokenRequest.DEFAULT_DAYS)));
		return "accounts/tokens";
	}

	/** Shows the new token on the page itself, once; a wrong field is marked and nothing is issued. */
	@PostMapping("/account/tokens")
	String issue(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String scope,
			@RequestParam(defaultValue = "") String validityDays, Model model) {
		var form = new Form(name, scope, validityDays);
		try {
			var issued = tokens.issue(access.currentUser().username(),
					TokenRequest.of(name, scope.isBlank() ? List.of() : List.of(scope), form.days()));
			model.addAttribute("issued", issued.token());
			model.addAttribute("issuedName", issued.summary().name());
		}
		catch (InvalidInput e) {
			Map<String, String> errors = new LinkedHashMap<>();
			e.fieldErrors().keySet().forEach(field -> errors.put(field, "tokens.error." + field));
			model.addAttribute("errors", errors);
			model.addAttribute("form", form);
		}
		return show(model);
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revoke(@PathVariable UUID id) {
		tokens.revoke(access.currentUser().username(), id);
		return "redirect:/account/tokens?revoked";
	}

	private Row row(TokenSummary token) {
		return new Row(token.id(), token.name(), token.purpose().name(), token.mayWrite() ? "WRITE" : "READ",
				token.createdAt(), token.expiresAt(), token.lastUsedAt(), token.lastUsedFrom(), token.issuedFrom(),
				token.status(Instant.now(clock)).name(),
				token.revokedReason() == null ? null : token.revokedReason().name());
	}

	/**
	 * The last time all the user's tokens were revoked at once (a password change, signing out everywhere, an
	 * administrator), if no token was issued since: the page then says so and offers new ones.
	 */
	private static Optional<EndedAccess> endedAccess(List<TokenSummary> mine) {
		var last = mine.stream()
			.filter(token -> token.revokedReason() != null && token.revokedReason().endedAllAccess()
					&& token.revokedAt() != null)
			.max(java.util.Comparator.comparing(TokenSummary::revokedAt));
		return last.filter(revoked -> mine.stream().noneMatch(token -> token.createdAt().isAfter(revoked.revokedAt())))
			.map(revoked -> new EndedAccess(revoked.revokedReason().name(), revoked.revokedAt(),
					mine.stream().anyMatch(token -> token.purpose() == ApiTokens.Purpose.CALENDAR_FEED
							&& revoked.revokedReason().equals(token.revokedReason()))));
	}

	/** All tokens revoked at once: why, when, and whether a calendar feed was among them. */
	record EndedAccess(String reason, Instant at, boolean feed) {
	}

	/** What the user typed, to show again next to the errors. */
	record Form(String name, String scope, String validityDays) {

		/** The days as a number; text that is no number becomes one the request refuses. */
		@Nullable Integer days() {
			if (validityDays.isBlank()) {
				return null;
			}
			try {
				return Integer.valueOf(validityDays.strip());
			}
			catch (NumberFormatException e) {
				return 0;
			}
		}
	}

	record Row(UUID id, String name, String purpose, String scope, Instant createdAt, Instant expiresAt,
			@Nullable Instant lastUsedAt, @Nullable String lastUsedFrom, @Nullable String issuedFrom, String status,
			@Nullable String revokedReason) {

		public boolean active() {
			return "ACTIVE".equals(status);
		}
	}
}
