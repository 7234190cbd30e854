package eu.jcohub.exchange;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What an import did with each line of a CSV file or each event group of an iCalendar file.
 *
 * @param imported whether anything was saved: false when a line was rejected and the valid part was not asked for,
 *        or when the file was only checked
 * @param checkedOnly the file was only checked, for the importer to review the suggestions before saving
 */
record ImportReport(String fileName, String format, boolean imported, long accepted, long unchanged, long rejected,
		List<Line> lines, boolean checkedOnly) {

	enum Status { ACCEPTED, UNCHANGED, REJECTED }

	/**
	 * @param ref where in the file: {@code line 3} for CSV, {@code UID …} for iCalendar
	 * @param action for an accepted line: CREATED, UPDATED or CANCELLED once saved; CREATE, UPDATE or CANCEL when
	 *        the import saved nothing
	 * @param suggestions what the event's free text names that its plan could hold; applied when the importer
	 *        accepted them ({@code acceptSuggestions}), offered otherwise
	 */
	record Line(String ref, @Nullable String name, Status status, @Nullable String action, @Nullable UUID operationId,
			List<String> reasons, List<Suggestion> suggestions) {

		Line(String ref, @Nullable String name, Status status, @Nullable String action, @Nullable UUID operationId,
				List<String> reasons) {
			this(ref, name, status, action, operationId, reasons, List.of());
		}
	}

	static ImportReport of(String fileName, String format, boolean imported, List<Line> lines) {
		return new ImportReport(fileName, format, imported, count(lines, Status.ACCEPTED), count(lines, Status.UNCHANGED),
				count(lines, Status.REJECTED), List.copyOf(lines), false);
	}

	static ImportReport checked(String fileName, String format, List<Line> lines) {
		return new ImportReport(fileName, format, false, count(lines, Status.ACCEPTED), count(lines, Status.UNCHANGED),
				count(lines, Status.REJECTED), List.copyOf(lines), true);
	}

	boolean anySuggestion() {
		return lines.stream().anyMatch(line -> !line.suggestions().isEmpty());
	}

	private static long count(List<Line> lines, Status status) {
		return lines.stream().filter(line -> line.status() == status).count();
	}
}
