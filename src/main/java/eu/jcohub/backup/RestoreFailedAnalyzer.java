package eu.jcohub.backup;

import eu.jcohub.backup.internal.RestoreFailed;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says on the console, without a stack trace, why a restore did not happen and what to do. */
class RestoreFailedAnalyzer extends AbstractFailureAnalyzer<RestoreFailed> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, RestoreFailed cause) {
		return new FailureAnalysis("The backup was not restored. " + cause.getMessage(),
				"Restore a complete backup into an empty data directory (JCOHUB_DATA_DIR) or an empty database "
						+ "(JCOHUB_DB_URL), with the JCO Hub version that took it or a newer one; see docs/operations.md.",
				cause);
	}
}
