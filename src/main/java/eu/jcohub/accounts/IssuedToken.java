package eu.jcohub.accounts;

/** A token just issued: the only moment the token itself can be read. */
public record IssuedToken(TokenSummary summary, String token) {
}
