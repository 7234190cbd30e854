package eu.jcohub.seizures.web;

import eu.jcohub.seizures.FieldReports;
import eu.jcohub.seizures.FieldReports.BulkItem;
import eu.jcohub.seizures.ReportDraft;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Field reports from a CSV file of a national system: a header row naming the API's fields (and
 * {@code idempotencyKey}), one report a row; identifiers separated by semicolons. A row whose values cannot be
 * read is answered with its row number and reasons, like a row that fails the checks.
 */
final class CsvReports {

	static final Set<String> COLUMNS = Set.of("idempotencyKey", "type", "phase", "occurredAt", "location",
			"transportMode", "riskArea", "quantity", "unit", "valueEur", "dutiesEur", "concealment", "routeFrom",
			"routeTo", "identifiers", "profileId", "controlledKind", "controlledCount", "result", "summary",
			"handlingCode");

	private CsvReports() {
	}

	/** A row that could not be read: its number and what was wrong. */
	record Unreadable(int row, Map<String, String> errors) {
	}

	record Parsed(List<BulkItem> items, List<Unreadable> unreadable, int rows) {
	}

	/** Row numbers count the data rows from 1, as a spreadsheet shows them below the header. */
	static Parsed parse(String csv) {
		var lines = records(csv);
		if (lines.isEmpty()) {
			throw eu.jcohub.shared.InvalidInput.of("file", "the file is empty: give a header row and one report a row");
		}
		var header = lines.get(0).stream().map(String::strip).toList();
		var unknown = header.stream().filter(name -> !COLUMNS.contains(name)).toList();
		if (!unknown.isEmpty()) {
			throw eu.jcohub.shared.InvalidInput.of("file", "unknown column(s) " + String.join(", ", unknown)
					+ "; the columns are the API's fields");
		}
		var items = new ArrayList<BulkItem>();
		var unreadable = new ArrayList<Unreadable>();
		int rows = lines.size() - 1;
		if (rows > FieldReports.MAX_BATCH) {
			throw new FieldReports.BatchTooLarge(rows);
		}
		for (int i = 1; i < lines.size(); i++) {
			var values = new HashMap<String, String>();
			var cells = lines.get(i);
			for (int c = 0; c < header.size() && c < cells.size(); c++) {
				values.put(header.get(c), cells.get(c).isBlank() ? null : cells.get(c).strip());
			}
			var errors = new LinkedHashMap<String, String>();
			var draft = new ReportDraft(values.get("type"), integer(values, "phase", errors),
					values.get("occurredAt"), values.get("location"), values.get("transportMode"),
					values.get("riskArea"), decimal(values, "quantity", errors), values.get("unit"),
					decimal(values, "valueEur", errors), decimal(values, "dutiesEur", errors), values.get("concealment"),
					values.get("routeFrom"), values.get("routeTo"), identifiers(values.get("identifiers")),
					values.get("profileId"), values.get("controlledKind"), integer(values, "controlledCount", errors),
					values.get("result"), values.get("summary"), values.get("handlingCode"), null, (LocalDate) null, null,
					null, null);
			if (!errors.isEmpty()) {
				unreadable.add(new Unreadable(i, errors));
			}
			else {
				items.add(new BulkItem(i, values.get("idempotencyKey"), draft));
			}
		}
		return new Parsed(items, unreadable, rows);
	}

	private static List<String> identifiers(@Nullable String value) {
		return value == null ? List.of() : Arrays.stream(value.split(";")).map(String::strip).toList();
	}

	private static @Nullable Integer integer(Map<String, String> values, String field, Map<String, String> errors) {
		var value = values.get(field);
		try {
			return value == null ? null : Integer.valueOf(value);
		}
		catch (NumberFormatException e) {
			errors.put(field, "not a whole number: " + value);
			return null;
		}
	}

	private static @Nullable BigDecimal decimal(Map<String, String> values, String field, Map<String, String> errors) {
		var value = values.get(field);
		try {
			return value == null ? null : new BigDecimal(value);
		}
		catch (NumberFormatException e) {
			errors.put(field, "not a number: " + value);
			return null;
		}
	}

	/** RFC 4180 records: fields in double quotes may hold commas, quotes (doubled) and line breaks. */
	static List<List<String>> records(String csv) {
		var records = new ArrayList<List<String>>();
		var record = new ArrayList<String>();
		var field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < csv.length(); i++) {
			char c = csv.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				record.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
					i++;
				}
				record.add(field.toString());
				field.setLength(0);
				if (!(record.size() == 1 && record.get(0).isBlank())) {
					records.add(List.copyOf(record));
				}
				record.clear();
			}
			else {
				field.append(c);
			}
		}
		record.add(field.toString());
		if (!(record.size() == 1 && record.get(0).isBlank())) {
			records.add(List.copyOf(record));
		}
		return records;
	}
}
