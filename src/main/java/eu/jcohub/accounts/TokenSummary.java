package eu.jcohub.accounts;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What the owner may see of a personal token: everything but the token and its hash. */
public record TokenSummary(long id, String name, ApiTokens.Purpose purpose, Set<TokenScope> scopes, Instant createdAt,
		Instant expiresAt, @Nullable Instant lastUsedAt, boolean revoked) {

	public enum Status { ACTIVE, EXPIRED, REVOKED }

	public TokenSummary {
		scopes = TokenScope.closed(scopes);
	}

	public Status status(Instant now) {
		if (revoked) {
			return Status.REVOKED;
		}
		return expiresAt.isAfter(now) ? Status.ACTIVE : Status.EXPIRED;
	}

	public boolean mayWrite() {
		return scopes.contains(TokenScope.WRITE);
	}
}
