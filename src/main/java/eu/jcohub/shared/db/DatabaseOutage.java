package eu.jcohub.shared.db;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Whether a failure means the database cannot be reached (stopped, restarting, unreachable, out of connections)
 * rather than a fault of the request or the code: such requests are answered 503 with {@code Retry-After}, and
 * scheduled jobs wait for the database instead of failing.
 */
public final class DatabaseOutage {

	/**
	 * SQL states of an outage: connection exceptions (class 08), the server shutting down or crashed (57P01,
	 * 57P02), still starting or recovering (57P03), and no connection slot left (53300).
	 */
	private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "53300");

	private DatabaseOutage() {
	}

	public static boolean causedBy(@Nullable Throwable failure) {
		var seen = java.util.Collections.newSetFromMap(new IdentityHashMap<Throwable, Boolean>());
		for (var cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
			if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || STATES.contains(sql.getSQLState()))) {
				return true;
			}
		}
		return false;
	}

	/** Lets an outage hidden in another failure (a sign-in that could not read the account) surface as one. */
	public static void rethrowIfCause(Throwable failure) {
		if (causedBy(failure)) {
			throw new Unavailable(failure);
		}
	}

	/** The database could not be reached while doing something that hid the reason (signing in). */
	public static final class Unavailable extends RuntimeException {

		Unavailable(Throwable cause) {
			super("The database cannot be reached", cause);
		}
	}
}
