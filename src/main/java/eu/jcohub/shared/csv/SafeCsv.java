package eu.jcohub.shared.csv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * The one way JCO Hub writes CSV. A spreadsheet opening a CSV file runs a cell that starts with {@code =},
 * {@code +}, {@code -} or {@code @} (or tab or carriage return, after which it looks for one) as a formula, and
 * anyone may type such a text into an operation's name or contact point. Following OWASP's guidance on CSV
 * injection, such a cell is written with a leading apostrophe, which a spreadsheet shows as text; reading it back
 * ({@link #read}) takes exactly that apostrophe off again, so a file exported and imported keeps every text as
 * it was typed. Full-width forms of the four signs are treated alike, as some spreadsheets read them as formulas too.
 */
public final class SafeCsv {

	/** Texts that a spreadsheet could take for a formula, behind any apostrophes already there. */
	private static final Pattern FORMULA = Pattern.compile("^'*[=+\\-@\\t\\r\\uFF1D\\uFF0B\\uFF0D\\uFF20]");
	/** A cell neutralised by {@link #cell}: one apostrophe more than the text had. */
	private static final Pattern NEUTRALISED = Pattern.compile("^'+[=+\\-@\\t\\r\\uFF1D\\uFF0B\\uFF0D\\uFF20]");

	private SafeCsv() {
	}

	/** The file: a header line, then one line per row, every cell through {@link #cell}. */
	public static String write(List<String> header, Iterable<? extends List<?>> rows) {
		var out = new StringWriter();
		try (var printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
			.setHeader(header.stream().map(SafeCsv::cell).toArray(String[]::new))
			.get())) {
			for (var row : rows) {
				printer.printRecord(row.stream().map(SafeCsv::cell).toList());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString();
	}

	/** A value as a cell: empty for nothing, a text a spreadsheet could run as a formula behind an apostrophe. */
	public static String cell(@Nullable Object value) {
		var text = value == null ? "" : value.toString();
		return FORMULA.matcher(text).find() ? "'" + text : text;
	}

	/** A cell as read from a file this class wrote (or a person typed alike): the text before {@link #cell}. */
	public static String read(String cell) {
		return NEUTRALISED.matcher(cell).find() ? cell.substring(1) : cell;
	}
}
