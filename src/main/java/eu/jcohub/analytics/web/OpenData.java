package eu.jcohub.analytics.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The overview's aggregates for partner bodies, as open data: every chart's numbers in one long table, a line per
 * number (which figure, of what, which measure, the value), worded as the dashboard words them. Aggregates only,
 * counted as the overview counts them for the reader: never a report, and the figures of an operation's details only
 * for the operations the reader may open. Public because it is the API's answer.
 *
 * @param detailedOperations of the operations, those whose details the reader may see (the detail figures count these)
 */
public record OpenData(int from, int to, long operations, long detailedOperations, String scope, List<Line> lines) {

	public OpenData {
		lines = List.copyOf(lines);
	}

	public record Line(String figure, String of, String measure, String value) {
	}

	static List<Line> linesOf(List<Chart> charts) {
		var lines = new ArrayList<Line>();
		for (var chart : charts) {
			for (var row : chart.rows()) {
				for (int i = 0; i < row.cells().size(); i++) {
					var measure = i + 1 < chart.headings().size() ? chart.headings().get(i + 1) : "";
					lines.add(new Line(chart.title(), row.label(), measure, row.cells().get(i)));
				}
			}
		}
		return lines;
	}

	/** The same lines as CSV (RFC 4180), headings first. */
	String csv(List<String> headings) {
		var rows = lines.stream().map(line -> new Chart.Row(line.figure(), List.of(line.of(), line.measure(),
				line.value()), 0)).toList();
		return new Chart("open-data", "", "", headings, rows).csv();
	}
}
