package eu.jcohub.accounts;

/**
 * All of an account's tokens (API and calendar feed) were revoked at once; its owner should hear why and get new
 * ones where they still need them.
 *
 * @param count how many tokens that were still active were revoked
 */
public record TokensRevoked(String username, TokenRevocation reason, int count) {
}
