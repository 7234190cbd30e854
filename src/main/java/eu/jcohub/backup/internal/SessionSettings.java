package eu.jcohub.backup.internal;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The settings that make PostgreSQL write values as text the same way whichever server and session: moments in
 * UTC, ISO dates, exact floating-point digits, byte strings in hex. Both the backup and the restore's comparison
 * read with them, so equal data gives equal bytes.
 */
final class SessionSettings {

	private SessionSettings() {
	}

	static void apply(Connection connection) throws SQLException {
		try (var statement = connection.createStatement()) {
			statement.execute("set local timezone = 'UTC'");
			statement.execute("set local datestyle = 'ISO, YMD'");
			statement.execute("set local intervalstyle = 'postgres'");
			statement.execute("set local extra_float_digits = 1");
			statement.execute("set local bytea_output = 'hex'");
			statement.execute("set local client_encoding = 'UTF8'");
		}
	}
}
