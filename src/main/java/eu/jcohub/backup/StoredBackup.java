package eu.jcohub.backup;

import java.time.Instant;

/** A backup file the daily job wrote. */
public record StoredBackup(String name, long bytes, Instant writtenAt) {
}
