package eu.jcohub.exchange;

import eu.jcohub.operations.Competence;
import eu.jcohub.operations.OperationPlan;
import eu.jcohub.operations.OperationType;
import eu.jcohub.operations.OperationView;
import eu.jcohub.operations.Phase;
import eu.jcohub.operations.PolicyDomain;
import eu.jcohub.shared.InvalidInput;
import eu.jcohub.shared.csv.SafeCsv;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.jspecify.annotations.Nullable;

/**
 * The CSV exchange format: one operation per line, the columns of the shipped template, lists separated by
 * {@code ;}. The {@code id} column is the sender's own id of the operation, kept as its external id so that
 * importing the same file again updates rather than duplicates.
 */
final class CsvFormat {

	static final List<String> COLUMNS = List.of("id", "name", "type", "organiser", "leadCountry", "participants",
			"partnerOrganisations", "competence", "domain", "contactPoint", "riskAreas", "transportModes", "locations",
			"phase1Start", "phase1End", "phase2Start", "phase2End", "objectives");
	static final List<String> REQUIRED = List.of("name", "phase1Start", "phase1End");

	/** One record at a time: {@link CsvRecords} has cut the file into records already. */
	private static final CSVFormat READ = CSVFormat.DEFAULT.builder().setTrim(true).get();

	private CsvFormat() {
	}

	/**
	 * Every line read, each with what is wrong with it (a quote left open spoils its own line only); a header
	 * with unknown or missing columns refuses the whole file (422 naming them).
	 */
	static List<ParsedLine> read(String content, ImportDefaults defaults) {
		var records = CsvRecords.of(content);
		if (records.isEmpty()) {
			throw InvalidInput.of("missingColumns", "the file has no header line; the columns are " + String.join(",", COLUMNS));
		}
		var header = header(records.get(0));
		var lines = new ArrayList<ParsedLine>();
		for (var record : records.subList(1, records.size())) {
			lines.add(line(record, header, defaults));
		}
		return lines;
	}

	private static List<String> header(CsvRecords.Record record) {
		var names = record.fault() == null ? values(record.text()) : null;
		if (names == null) {
			throw InvalidInput.of("columns", "line " + record.line() + ", the header: "
					+ (record.fault() == null ? "not readable as CSV" : record.fault()));
		}
		var unknown = names.stream().filter(column -> !COLUMNS.contains(column)).toList();
		var missing = REQUIRED.stream().filter(column -> !names.contains(column)).toList();
		var duplicate = names.stream().filter(column -> java.util.Collections.frequency(names, column) > 1).distinct().toList();
		var errors = new InvalidInput.Collector();
		if (!unknown.isEmpty()) {
			errors.reject("columns", "unknown column(s): " + String.join(", ", unknown) + "; the columns are "
					+ String.join(",", COLUMNS));
		}
		else if (!duplicate.isEmpty()) {
			errors.reject("columns", "column(s) named twice: " + String.join(", ", duplicate));
		}
		if (!missing.isEmpty()) {
			errors.reject("missingColumns", "missing column(s): " + String.join(", ", missing));
		}
		errors.throwIfAny();
		return names;
	}

	/**
	 * The fields of one record, or null if it is no CSV; a field that {@link SafeCsv} kept from being read as a
	 * formula is read as the text it was.
	 */
	private static @Nullable List<String> values(String record) {
		try (var parser = CSVParser.parse(record, READ)) {
			var records = parser.getRecords();
			return records.size() == 1 ? records.get(0).stream().map(SafeCsv::read).toList() : null;
		}
		catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException notCsv) {
			return null;
		}
	}

	private static ParsedLine line(CsvRecords.Record record, List<String> header, ImportDefaults defaults) {
		var ref = "line " + record.line();
		var values = record.fault() == null ? values(record.text()) : null;
		if (values == null) {
			return ParsedLine.unreadable(ref, null, List.of(record.fault() == null ? "not readable as CSV" : record.fault()));
		}
		var row = new java.util.HashMap<String, String>();
		for (int i = 0; i < Math.min(values.size(), header.size()); i++) {
			row.put(header.get(i), values.get(i));
		}
		var problems = new ArrayList<String>();
		if (values.size() != header.size()) {
			problems.add("the line has " + values.size() + " fields, the header " + header.size());
		}
		var name = row.get("name");
		var type = PlanFields.enumValue(OperationType.class, row.get("type"), ImportDefaults.TYPE, "type", problems);
		var competence = PlanFields.enumValue(Competence.class, row.get("competence"), ImportDefaults.COMPETENCE,
				"competence", problems);
		var domain = PlanFields.enumValue(PolicyDomain.class, row.get("domain"), ImportDefaults.DOMAIN, "domain", problems);
		var phases = new ArrayList<Phase>();
		phase(row, 1, phases, problems);
		phase(row, 2, phases, problems);
		if (name == null || name.isBlank()) {
			problems.add("name: required");
		}
		if (phases.isEmpty() && problems.stream().noneMatch(p -> p.startsWith("phase"))) {
			problems.add("phase1Start, phase1End: the first phase's dates are required");
		}
		if (!problems.isEmpty()) {
			return ParsedLine.unreadable(ref, name, problems);
		}
		var riskAreas = PlanFields.codes(row.get("riskAreas"));
		try {
			return ParsedLine.read(ref, new OperationPlan(name, type, defaults.organiser(row.get("organiser")),
					upper(row.get("leadCountry")), PlanFields.codes(row.get("participants")),
					PlanFields.codes(row.get("partnerOrganisations")), competence, domain, row.get("contactPoint"),
					row.get("id"), riskAreas.isEmpty() ? defaults.riskAreas() : riskAreas,
					PlanFields.codes(row.get("transportModes")), PlanFields.codes(row.get("locations")), phases,
					row.get("objectives")));
		}
		catch (IllegalArgumentException e) {
			return ParsedLine.unreadable(ref, name, List.of(e.getMessage()));
		}
	}

	private static void phase(Map<String, String> row, int n, List<Phase> phases, List<String> problems) {
		var startField = "phase" + n + "Start";
		var endField = "phase" + n + "End";
		var start = PlanFields.date(row.get(startField), startField, problems);
		var end = PlanFields.date(row.get(endField), endField, problems);
		boolean startGiven = row.get(startField) != null && !row.get(startField).isBlank();
		boolean endGiven = row.get(endField) != null && !row.get(endField).isBlank();
		if (startGiven != endGiven) {
			problems.add(startField + ", " + endField + ": give both dates of phase " + n + ", or neither");
			return;
		}
		if (start == null || end == null) {
			return;
		}
		try {
			phases.add(new Phase(start, end));
		}
		catch (IllegalArgumentException e) {
			problems.add("phase " + n + ": " + e.getMessage());
		}
	}

	private static @Nullable String upper(@Nullable String code) {
		return code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
	}

	/**
	 * The operations as CSV, in the import template's columns. Fields beyond the calendar entry stay empty where
	 * the reader may not see the details; {@code id} is the external id if the operation has one, else its own id.
	 */
	static String write(List<OperationView> operations) {
		return SafeCsv.write(COLUMNS, operations.stream().map(CsvFormat::row).toList());
	}

	private static List<String> row(OperationView view) {
		var plan = view.plan();
		boolean details = view.detailsVisible();
		var phase2 = plan.phases().size() > 1 ? plan.phases().get(1) : null;
		return List.of(details && plan.externalId() != null ? plan.externalId() : view.id().toString(), plan.name(),
				plan.type().name(), plan.organiser(), PlanFields.text(plan.leadCountry()),
				PlanFields.join(plan.participants()), details ? PlanFields.join(plan.partnerOrganisations()) : "",
				details ? plan.competence().name() : "", details ? plan.domain().name() : "",
				PlanFields.text(plan.contactPoint()), PlanFields.join(plan.riskAreas()),
				details ? PlanFields.join(plan.transportModes()) : "", details ? PlanFields.join(plan.locations()) : "",
				plan.firstPhase().start().toString(), plan.firstPhase().end().toString(),
				phase2 == null ? "" : phase2.start().toString(), phase2 == null ? "" : phase2.end().toString(),
				details ? PlanFields.text(plan.objectives()) : "");
	}
}
