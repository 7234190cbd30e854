package eu.jcohub.backup.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the database's schema holds, read from PostgreSQL's catalog rather than named: every module's tables are in
 * a backup without this module knowing them. Flyway's own history is left out; a restore rebuilds the schema with
 * Flyway and records it there anew.
 */
final class Catalog {

	private Catalog() {
	}

	/** The tables in an order they can be loaded in: each after the tables its foreign keys point to. */
	static List<Table> tables(Connection connection) throws SQLException {
		var tables = new TreeMap<String, Table>();
		var oids = new HashMap<Long, String>();
		try (var statement = connection.prepareStatement("""
				select c.oid, c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
				where n.nspname = current_schema() and c.relkind in ('r', 'p') and not c.relispartition
				  and c.relname <> 'flyway_schema_history'""");
				var rows = statement.executeQuery()) {
			while (rows.next()) {
				oids.put(rows.getLong(1), rows.getString(2));
			}
		}
		for (var table : oids.entrySet()) {
			tables.put(table.getValue(), new Table(table.getValue(), columns(connection, table.getKey()),
					orderBy(connection, table.getKey())));
		}
		return loadOrder(tables, references(connection, oids));
	}

	static List<String> sequences(Connection connection) throws SQLException {
		var names = new ArrayList<String>();
		try (var statement = connection.prepareStatement("""
				select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
				where n.nspname = current_schema() and c.relkind = 'S' order by c.relname""");
				var rows = statement.executeQuery()) {
			while (rows.next()) {
				names.add(rows.getString(1));
			}
		}
		return names;
	}

	private static List<String> columns(Connection connection, long table) throws SQLException {
		var columns = new ArrayList<String>();
		try (var statement = connection.prepareStatement("""
				select a.attname from pg_attribute a
				where a.attrelid = ? and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
				order by a.attnum""")) {
			statement.setLong(1, table);
			try (var rows = statement.executeQuery()) {
				while (rows.next()) {
					columns.add(rows.getString(1));
				}
			}
		}
		return columns;
	}

	private static List<String> orderBy(Connection connection, long table) throws SQLException {
		var order = new ArrayList<String>();
		try (var statement = connection.prepareStatement("""
				select a.attname, a.attcollation <> 0
				from pg_index i cross join lateral unnest(i.indkey) with ordinality as k(attnum, position)
				join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
				where i.indrelid = ? and i.indisprimary
				order by k.position""")) {
			statement.setLong(1, table);
			try (var rows = statement.executeQuery()) {
				while (rows.next()) {
					var column = Table.quoted(rows.getString(1));
					order.add(rows.getBoolean(2) ? column + " collate \"C\"" : column);
				}
			}
		}
		return order;
	}

	/** Table → the tables its foreign keys point to (references to itself left out). */
	private static Map<String, Set<String>> references(Connection connection, Map<Long, String> oids)
			throws SQLException {
		var references = new HashMap<String, Set<String>>();
		try (var statement = connection.prepareStatement("""
				select conrelid, confrelid from pg_constraint where contype = 'f' and conrelid <> confrelid""");
				var rows = statement.executeQuery()) {
			while (rows.next()) {
				var from = oids.get(rows.getLong(1));
				var to = oids.get(rows.getLong(2));
				if (from != null && to != null) {
					references.computeIfAbsent(from, t -> new HashSet<>()).add(to);
				}
			}
		}
		return references;
	}

	private static List<Table> loadOrder(TreeMap<String, Table> tables, Map<String, Set<String>> references) {
		var ordered = new LinkedHashMap<String, Table>();
		while (ordered.size() < tables.size()) {
			int before = ordered.size();
			for (var table : tables.values()) {
				if (!ordered.containsKey(table.name())
						&& ordered.keySet().containsAll(references.getOrDefault(table.name(), Set.of()))) {
					ordered.put(table.name(), table);
				}
			}
			if (ordered.size() == before) {
				throw new IllegalStateException("Foreign keys run in a circle between tables: cannot order "
						+ tables.keySet().stream().filter(name -> !ordered.containsKey(name)).toList());
			}
		}
		return List.copyOf(ordered.values());
	}
}
