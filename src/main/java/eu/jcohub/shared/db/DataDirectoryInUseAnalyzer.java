package eu.jcohub.shared.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says on the console, without a stack trace, why a second application on the same data directory stops. */
class DataDirectoryInUseAnalyzer extends AbstractFailureAnalyzer<DataDirectoryInUse> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryInUse cause) {
		return new FailureAnalysis(cause.getMessage() + " Two applications must never share one database's files.",
				"Stop the JCO Hub running as process " + cause.holder() + " first, or start this one with a data "
						+ "directory of its own (JCOHUB_DATA_DIR).",
				cause);
	}
}
