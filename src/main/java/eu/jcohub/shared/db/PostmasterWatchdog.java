package eu.jcohub.shared.db;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the embedded PostgreSQL end with the JVM, however the JVM ends. A small shell process waits on a pipe
 * from this JVM; when the JVM dies (SIGKILL, out of memory) the operating system closes the pipe and the shell
 * gives the server a fast shutdown, so no server is left running without its application. It ignores the
 * terminal's signals (Ctrl-C reaches the JVM, which stops the server in order) and acts only if the pid file still
 * names the server it watches. Where there is no {@code /bin/sh}, the next start stops a leftover server instead
 * ({@link LeftoverPostmaster}).
 */
final class PostmasterWatchdog {

	private static final Logger log = LoggerFactory.getLogger(PostmasterWatchdog.class);
	private static final String SCRIPT = """
			trap '' INT TERM HUP
			read -r _
			pid=$(head -n 1 "$1/postmaster.pid" 2>/dev/null)
			[ "$pid" = "$2" ] && kill -INT "$2"
			""";

	private final Process shell;
	/** Held open for the JVM's life: closing it (or losing it to the garbage collector) would trigger the shutdown. */
	private final OutputStream pipe;

	private PostmasterWatchdog(Process shell) {
		this.shell = shell;
		this.pipe = shell.getOutputStream();
	}

	static Optional<PostmasterWatchdog> watch(Path databaseDirectory, long postmasterPid) {
		if (!Files.isExecutable(Path.of("/bin/sh"))) {
			return Optional.empty();
		}
		try {
			var shell = new ProcessBuilder("/bin/sh", "-c", SCRIPT, "jcohub-postgres-watchdog",
					databaseDirectory.toString(), Long.toString(postmasterPid))
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.redirectError(ProcessBuilder.Redirect.DISCARD)
				.start();
			return Optional.of(new PostmasterWatchdog(shell));
		}
		catch (IOException e) {
			log.warn("Could not start the watchdog that stops the embedded PostgreSQL with the JVM", e);
			return Optional.empty();
		}
	}

	/** Ends the watchdog without letting it act: the application stops the server itself. */
	void dismiss() {
		shell.destroyForcibly();
		try {
			shell.waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
			pipe.close();
		}
		catch (IOException e) {
			// the shell is gone already
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
