package eu.jcohub.exchange;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * CSV text cut into its records, each with the file line it starts on, before any record is read: a fault in one
 * record (a quoted field that is never closed, text after a closing quote) is that line's fault, and the records
 * after it are read as if it were not there. A CSV reader left to itself reads an unclosed quote to the end of
 * the file and refuses the whole of it.
 */
final class CsvRecords {

	/**
	 * The longest a quoted field may run on over several lines before it counts as not closed: more than the
	 * longest text of an operation, so that a fault costs a bounded rereading of what follows it.
	 */
	static final int MAX_QUOTED = 50_000;

	private CsvRecords() {
	}

	/** One record as it stands in the file; {@code fault} says why it cannot be read, if it cannot. */
	record Record(int line, String text, @Nullable String fault) {
	}

	/** Every record that is not an empty line, in the order of the file. */
	static List<Record> of(String content) {
		var records = new ArrayList<Record>();
		int position = 0;
		int line = 1;
		while (position < content.length()) {
			var scan = new Scan(content, position);
			scan.run();
			if (scan.fault != null) {
				// Only the line where the record starts is at fault; reading resumes on the next line.
				int next = nextLine(content, position);
				records.add(new Record(line, content.substring(position, lineEnd(content, position)), scan.fault));
				position = next;
				line++;
				continue;
			}
			var text = content.substring(position, scan.end);
			if (!text.isBlank()) {
				records.add(new Record(line, text, null));
			}
			line += scan.lineBreaks;
			position = scan.next;
		}
		return records;
	}

	/** Reads one record from {@code start}: where it ends, where the next one starts, and any fault. */
	private static final class Scan {

		private final String content;
		private final int start;
		private int end;
		private int next;
		private int lineBreaks;
		private @Nullable String fault;

		Scan(String content, int start) {
			this.content = content;
			this.start = start;
		}

		void run() {
			int i = start;
			boolean fieldStart = true;
			while (i < content.length()) {
				char c = content.charAt(i);
				if (fieldStart && c == '"') {
					i = quoted(i + 1);
					if (fault != null) {
						return;
					}
					fieldStart = false;
					continue;
				}
				if (c == '\r' || c == '\n') {
					end = i;
					next = i + (c == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n' ? 2 : 1);
					lineBreaks++;
					return;
				}
				fieldStart = c == ',';
				i++;
			}
			end = content.length();
			next = content.length();
		}

		/** Past the quoted field that starts at {@code from}, and past what may follow its closing quote. */
		private int quoted(int from) {
			int i = from;
			int breaksBefore = lineBreaks;
			while (true) {
				if (i >= content.length() || i - from > MAX_QUOTED) {
					fault = "a quoted field is not closed";
					return i;
				}
				char c = content.charAt(i);
				if (c == '"') {
					if (i + 1 < content.length() && content.charAt(i + 1) == '"') {
						i += 2;
						continue;
					}
					int after = afterClosingQuote(i + 1);
					if (fault != null && lineBreaks > breaksBefore) {
						// Closed lines later by the opening quote of another field: this one was never closed.
						fault = "a quoted field is not closed";
					}
					return after;
				}
				if (c == '\n' || (c == '\r' && (i + 1 >= content.length() || content.charAt(i + 1) != '\n'))) {
					lineBreaks++;
				}
				i++;
			}
		}

		private int afterClosingQuote(int from) {
			int i = from;
			while (i < content.length() && (content.charAt(i) == ' ' || content.charAt(i) == '\t')) {
				i++;
			}
			if (i < content.length() && content.charAt(i) != ',' && content.charAt(i) != '\r' && content.charAt(i) != '\n') {
				fault = "a quoted field has text after its closing quote";
			}
			return i;
		}
	}

	private static int lineEnd(String content, int from) {
		int i = from;
		while (i < content.length() && content.charAt(i) != '\r' && content.charAt(i) != '\n') {
			i++;
		}
		return i;
	}

	private static int nextLine(String content, int from) {
		int i = lineEnd(content, from);
		if (i < content.length() && content.charAt(i) == '\r') {
			i++;
		}
		if (i < content.length() && content.charAt(i) == '\n') {
			i++;
		}
		return i;
	}
}
