package eu.jcohub.accounts;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the owner may see of a personal token: everything but the token and its hash, with where it was issued
 * from and last used from (client addresses), and why it was revoked.
 */
public record TokenSummary(UUID id, String name, ApiTokens.Purpose purpose, Set<TokenScope> scopes, Instant createdAt,
		Instant expiresAt, @Nullable Instant lastUsedAt, boolean revoked, @Nullable String issuedFrom,
		@Nullable String lastUsedFrom, @Nullable Instant revokedAt, @Nullable TokenRevocation revokedReason) {

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
