package eu.jcohub.backup;

/** When and where the daily backup is written, and how many are kept. */
public record BackupSchedule(boolean on, String cron, String directory, int keep) {
}
