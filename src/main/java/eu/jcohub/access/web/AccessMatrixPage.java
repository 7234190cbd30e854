package eu.jcohub.access.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Shows the access matrix the build checks (docs/access-matrix.md, packed into the application) so that an
 * auditor sees, in JCO Hub itself, who may call what.
 */
@Controller
class AccessMatrixPage {

	private static final String START = "<!-- access-matrix:start -->";
	private static final String END = "<!-- access-matrix:end -->";
	private final Matrix matrix;

	AccessMatrixPage() {
		this.matrix = read();
	}

	@GetMapping("/access-matrix")
	String show(Model model) {
		model.addAttribute("matrix", matrix);
		return "access/matrix";
	}

	private static Matrix read() {
		try (var in = new ClassPathResource("access/access-matrix.md").getInputStream()) {
			var text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			var rows = text.substring(text.indexOf(START) + START.length(), text.indexOf(END)).lines()
				.filter(line -> line.startsWith("|"))
				.map(AccessMatrixPage::cells)
				.toList();
			return new Matrix(rows.get(0), rows.subList(2, rows.size()));
		}
		catch (IOException e) {
			throw new UncheckedIOException("the access matrix is missing from the application", e);
		}
	}

	private static List<String> cells(String line) {
		return Arrays.stream(line.substring(1, line.length() - 1).split("\\|")).map(String::strip).toList();
	}

	/** The header (method, path, one column per kind of user) and a row per endpoint. */
	record Matrix(List<String> header, List<List<String>> rows) {
	}
}
