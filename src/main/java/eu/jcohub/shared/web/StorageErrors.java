package eu.jcohub.shared.web;

import java.sql.SQLException;
import org.springframework.dao.DataAccessException;

/**
 * The last line of defence against input no check caught: PostgreSQL's "data exceptions" (SQL state class 22:
 * a NUL character in text, a number or date beyond the column's range, a text too long for its column) are the
 * client's input, not a fault of the server. Logged, so that the missing check gets written.
 */
final class StorageErrors {

	static final String DETAIL = "A value cannot be stored: a number or date is out of range, a text is too long, "
			+ "or a text holds a character that cannot be stored (NUL).";

	private StorageErrors() {
	}

	static boolean isInputError(DataAccessException error) {
		for (Throwable cause = error; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null) {
				return sql.getSQLState().startsWith("22");
			}
		}
		return false;
	}
}
