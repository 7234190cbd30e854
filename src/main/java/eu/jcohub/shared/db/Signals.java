package eu.jcohub.shared.db;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signals to a PostgreSQL server, which chooses its shutdown by them: INT is the fast shutdown (sessions end,
 * a checkpoint is written), QUIT the immediate one (crash recovery on the next start). Java itself can only send
 * TERM and KILL, so {@code kill} sends them; without it, TERM (the smart shutdown) has to do.
 */
final class Signals {

	private static final Logger log = LoggerFactory.getLogger(Signals.class);

	private Signals() {
	}

	static void send(ProcessHandle process, String signal) {
		try {
			var kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			if (kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0) {
				return;
			}
			log.warn("kill -{} {} failed; sending TERM instead", signal, process.pid());
		}
		catch (IOException e) {
			log.warn("No kill command to send {} to process {}; sending TERM instead", signal, process.pid());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		process.destroy();
	}
}
