package eu.jcohub.analytics.web;

import java.util.List;

/**
 * One chart of the dashboard with the numbers it draws: a row per bar, its label, its cells (the numbers as shown
 * in the table and the download) and the value its bar is drawn to. Public because templates read it.
 *
 * @param id the chart's name in its download's path and in the page's element ids
 * @param headings the table's column headings, the label's first
 */
public record Chart(String id, String title, String description, List<String> headings, List<Row> rows) {

	/** A plain number as the figures write it: digits, with a minus and decimals when it has them. */
	private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

	public record Row(String label, List<String> cells, double bar) {
	}

	/** The bar's length, in per cent of the longest bar (at least a sliver for a value above zero). */
	public long percent(Row row) {
		double longest = rows.stream().mapToDouble(Row::bar).max().orElse(0);
		if (longest <= 0 || row.bar() <= 0) {
			return 0;
		}
		return Math.max(1, Math.round(row.bar() * 100 / longest));
	}

	/** The value shown at the end of the bar: the row's first number. */
	public String barText(Row row) {
		return row.cells().isEmpty() ? "" : row.cells().get(0);
	}

	/**
	 * A cell as the table shows it: a number grouped by thousands in the reader's language (132,466.77), keeping its
	 * decimals; a word as it is. The download keeps the plain number, for a spreadsheet.
	 */
	public String shown(String cell, java.util.Locale locale) {
		if (!NUMBER.matcher(cell).matches()) {
			return cell;
		}
		var number = new java.math.BigDecimal(cell);
		var format = java.text.NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(Math.max(0, number.scale()));
		format.setMaximumFractionDigits(Math.max(0, number.scale()));
		return format.format(number);
	}

	public boolean empty() {
		return rows.isEmpty();
	}

	/** The chart's numbers as CSV (RFC 4180), headings first, for a spreadsheet. */
	public String csv() {
		var out = new StringBuilder();
		out.append(line(headings));
		rows.forEach(row -> {
			var cells = new java.util.ArrayList<String>();
			cells.add(row.label());
			cells.addAll(row.cells());
			out.append(line(cells));
		});
		return out.toString();
	}

	private static String line(List<String> cells) {
		return cells.stream().map(Chart::quoted).collect(java.util.stream.Collectors.joining(",")) + "\r\n";
	}

	private static String quoted(String cell) {
		// A cell a spreadsheet would read as a formula is written as text.
		var safe = cell.matches("^[=+\\-@].*") && !cell.matches("^-?[0-9.]+$") ? "'" + cell : cell;
		return safe.contains(",") || safe.contains("\"") || safe.contains("\n")
				? '"' + safe.replace("\"", "\"\"") + '"' : safe;
	}
}
