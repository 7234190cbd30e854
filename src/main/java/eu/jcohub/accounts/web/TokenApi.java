package eu.jcohub.accounts.web;

import eu.jcohub.access.AccessPolicy;
import eu.jcohub.accounts.ApiTokens;
import eu.jcohub.accounts.IssuedToken;
import eu.jcohub.accounts.TokenRequest;
import eu.jcohub.accounts.TokenScope;
import eu.jcohub.accounts.TokenSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own personal API tokens: list, issue (shown once) and revoke. */
@RestController
@Tag(name = "Personal API tokens", description = "Tokens that sign in scripts, other systems and calendar clients in your name")
class TokenApi {

	private final ApiTokens tokens;
	private final AccessPolicy access;

	TokenApi(ApiTokens tokens, AccessPolicy access) {
		this.tokens = tokens;
		this.access = access;
	}

	@GetMapping("/api/me/tokens")
	@Operation(summary = "Your tokens (API and calendar feed), newest first; never the token itself")
	List<TokenSummary> list() {
		return tokens.of(access.currentUser().username());
	}

	@PostMapping("/api/me/tokens")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Issue a personal API token",
			description = "Scopes READ (GET and HEAD only) or WRITE, valid 1 to 365 days (default 90). The token is in "
					+ "this answer only; send it as 'Authorization: Bearer <token>', or paste it into Swagger UI's "
					+ "Authorize. Only a sign-in of the person issues tokens (a session or HTTP Basic), never a token "
					+ "(403). Signing out everywhere, a new password, a disabled account or an administrator's "
					+ "revocation revoke every token.")
	NewTokenView issue(@RequestBody NewToken body) {
		tokens.requireSignInOfThePerson();
		var request = TokenRequest.of(body.name(), body.scopes(), body.validityDays());
		return NewTokenView.of(tokens.issue(access.currentUser().username(), request));
	}

	@DeleteMapping("/api/me/tokens/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Revoke one of your tokens; it stops working at once")
	void revoke(@PathVariable UUID id) {
		tokens.revoke(access.currentUser().username(), id);
	}

	record NewToken(@Nullable String name, @Nullable List<String> scopes, @Nullable Integer validityDays) {
	}

	record NewTokenView(UUID id, String name, Set<TokenScope> scopes, Instant expiresAt, String token) {

		static NewTokenView of(IssuedToken issued) {
			var token = issued.summary();
			return new NewTokenView(token.id(), token.name(), token.scopes(), token.expiresAt(), issued.token());
		}
	}
}
