package eu.jcohub.backup.internal;

/** How many rows a table has in a backup, and the SHA-256 of their text. */
public record TableSum(long rows, String sha256) {
}
