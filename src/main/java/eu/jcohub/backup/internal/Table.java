package eu.jcohub.backup.internal;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A table as a backup holds it: its stored columns (generated ones are computed again on restore) and the columns
 * its rows are ordered by, so that the same rows always give the same bytes, in any database.
 *
 * @param orderBy the primary key's columns, text ones compared byte by byte (collation "C"); empty when the table
 *        has no primary key, then whole rows are compared as text
 */
public record Table(String name, List<String> columns, List<String> orderBy) {

	public Table {
		columns = List.copyOf(columns);
		orderBy = List.copyOf(orderBy);
	}

	/** The rows in a fixed order, in PostgreSQL's text format. */
	String copyOut() {
		var order = orderBy.isEmpty() ? "(" + quoted(name) + ".*)::text collate \"C\"" : String.join(", ", orderBy);
		return "copy (select " + columnList() + " from " + quoted(name) + " order by " + order + ") to stdout";
	}

	String copyIn() {
		return "copy " + quoted(name) + " (" + columnList() + ") from stdin";
	}

	private String columnList() {
		return columns.stream().map(Table::quoted).collect(Collectors.joining(", "));
	}

	static String quoted(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}
}
