package eu.jcohub.shared.db;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Rows sent to PostgreSQL with {@code COPY … FROM STDIN} on the connection of the running transaction: a batch of
 * rows in one stream instead of one statement per row, for the paths where many rows of one kind go in together (a
 * bulk submission and its audit entries). Saved with the transaction or not at all, like the inserts it replaces.
 * Written as CSV: {@code null} is an empty unquoted field, every other value quoted, so an empty text stays empty.
 */
public final class CopyIn {

	private final StringBuilder rows = new StringBuilder(64 * 1024);
	private int count;

	/** Adds a row, its values in the order of the columns given to {@link #into}. */
	public CopyIn row(@Nullable Object... values) {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				rows.append(',');
			}
			append(values[i]);
		}
		rows.append('\n');
		count++;
		return this;
	}

	/** How many rows wait to be sent. */
	public int size() {
		return count;
	}

	/**
	 * Copies the rows into the table on the transaction's connection; how many PostgreSQL stored. A constraint the
	 * rows break fails the whole copy (and leaves the transaction to be rolled back).
	 */
	public long into(DataSource dataSource, String table, String columns) throws SQLException {
		var connection = DataSourceUtils.getConnection(dataSource);
		try {
			var copy = connection.unwrap(PGConnection.class).getCopyAPI();
			return copy.copyIn("copy " + table + " (" + columns + ") from stdin (format csv)",
					new StringReader(rows.toString()));
		}
		catch (IOException e) {
			throw new SQLException("the rows could not be sent to PostgreSQL", e);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	private void append(@Nullable Object value) {
		if (value == null) {
			return;
		}
		if (value instanceof String text) {
			quoted(text);
		}
		else if (value instanceof Timestamp timestamp) {
			quoted(timestamp.toInstant().toString());
		}
		else if (value instanceof Instant instant) {
			quoted(instant.toString());
		}
		else if (value instanceof java.sql.Date date) {
			quoted(date.toLocalDate().toString());
		}
		else if (value instanceof LocalDate date) {
			quoted(date.toString());
		}
		else if (value instanceof BigDecimal number) {
			rows.append(number.toPlainString());
		}
		else if (value instanceof Number || value instanceof UUID) {
			rows.append(value);
		}
		else if (value instanceof Boolean flag) {
			rows.append(flag ? "true" : "false");
		}
		else if (value instanceof String[] texts) {
			quoted(array(java.util.Arrays.asList(texts)));
		}
		else if (value instanceof Collection<?> texts) {
			quoted(array(texts));
		}
		else {
			throw new IllegalArgumentException("no COPY form for " + value.getClass().getSimpleName());
		}
	}

	/** A PostgreSQL array literal of texts: every element quoted, its quotes and backslashes escaped. */
	private static String array(Collection<?> elements) {
		var literal = new StringBuilder("{");
		for (var element : elements) {
			if (literal.length() > 1) {
				literal.append(',');
			}
			if (element == null) {
				literal.append("NULL");
			}
			else {
				literal.append('"')
					.append(element.toString().replace("\\", "\\\\").replace("\"", "\\\""))
					.append('"');
			}
		}
		return literal.append('}').toString();
	}

	private void quoted(String text) {
		rows.append('"').append(text.indexOf('"') < 0 ? text : text.replace("\"", "\"\"")).append('"');
	}
}
