package eu.jcohub.backup;

import eu.jcohub.audit.AuditChain;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar jcohub.jar --restore=<backup.zip>}: once the backup is restored into the configured database (the
 * embedded one under {@code JCOHUB_DATA_DIR}, or {@code JCOHUB_DB_URL}), which had to be empty, this says what was
 * restored and verifies the audit chain; the application then ends with status 0, or 3 when the chain is broken.
 */
@Component
class RestoreCommand implements ApplicationRunner, ExitCodeGenerator {

	private final RestoreOutcome outcome;
	private final AuditChain chain;
	private volatile int exitCode;

	RestoreCommand(RestoreOutcome outcome, AuditChain chain) {
		this.outcome = outcome;
		this.chain = chain;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		outcome.restored().ifPresent(done -> {
			var manifest = done.manifest();
			System.out.println("Restored " + done.tables().size() + " tables (" + done.rows() + " rows) from the "
					+ "backup taken at " + manifest.takenAt() + " by " + manifest.application() + " (schema version "
					+ manifest.schemaVersion() + ") in " + done.millis() + " ms. Every table was read back and matches the backup.");
			var verification = chain.verify();
			System.out.println(verification.intact()
					? "Audit chain intact: " + verification.entriesChecked() + " entries checked."
					: "Audit chain BROKEN at entry " + verification.firstBrokenEntry() + ": " + verification.problem());
			exitCode = verification.intact() ? 0 : 3;
		});
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}
}
