package eu.jcohub.backup;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * What a database holds, computed here independently of the backup's own checks: for every table (Flyway's history
 * aside) its row count and an MD5 over its rows as text in a fixed order, and every sequence's position.
 */
record DatabaseContents(Map<String, String> tables, Map<String, Long> sequences) {

	static DatabaseContents of(DataSource dataSource) throws SQLException {
		try (var connection = dataSource.getConnection()) {
			try (var statement = connection.createStatement()) {
				statement.execute("set timezone = 'UTC'");
				statement.execute("set extra_float_digits = 1");
			}
			return new DatabaseContents(tables(connection), sequences(connection));
		}
	}

	long rows(String table) {
		return Long.parseLong(tables.get(table).split(" ")[0]);
	}

	private static Map<String, String> tables(Connection connection) throws SQLException {
		var names = names(connection, "'r'");
		names.remove("flyway_schema_history");
		var tables = new TreeMap<String, String>();
		for (var name : names.keySet()) {
			try (var statement = connection.createStatement(); var rows = statement.executeQuery(
					"select count(*) || ' ' || md5(coalesce(string_agg(t::text, E'\\n' order by t::text collate \"C\"), '')) from \""
							+ name + "\" t")) {
				rows.next();
				tables.put(name, rows.getString(1));
			}
		}
		return tables;
	}

	private static Map<String, Long> sequences(Connection connection) throws SQLException {
		var sequences = new TreeMap<String, Long>();
		for (var name : names(connection, "'S'").keySet()) {
			try (var statement = connection.createStatement();
					var rows = statement.executeQuery("select last_value from \"" + name + "\"")) {
				rows.next();
				sequences.put(name, rows.getLong(1));
			}
		}
		return sequences;
	}

	private static TreeMap<String, Boolean> names(Connection connection, String kind) throws SQLException {
		var names = new TreeMap<String, Boolean>();
		try (var statement = connection.createStatement(); var rows = statement.executeQuery(
				"select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = "
						+ "current_schema() and c.relkind = " + kind)) {
			while (rows.next()) {
				names.put(rows.getString(1), true);
			}
		}
		return names;
	}
}
