package eu.jcohub.access.web;

import eu.jcohub.access.AccessRule;
import eu.jcohub.access.AccessRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Shows the access matrix the build checks, so that an auditor sees, in JCO Hub itself, who may call what: each
 * module's rows ({@code access-matrix/<module>.md}, packed into the application) and the rules it declares.
 */
@Controller
class AccessMatrixPage {

	private final List<ModuleMatrix> modules;

	AccessMatrixPage(List<AccessRules> rules) {
		this.modules = read(rules);
	}

	@GetMapping("/access-matrix")
	String show(Model model) {
		model.addAttribute("modules", modules);
		model.addAttribute("endpoints", modules.stream().mapToInt(module -> module.rows().size()).sum());
		return "access/matrix";
	}

	private static List<ModuleMatrix> read(List<AccessRules> rules) {
		try {
			var resources = new PathMatchingResourcePatternResolver().getResources("classpath*:access-matrix/*.md");
			return Arrays.stream(resources)
				.sorted(Comparator.comparing(resource -> String.valueOf(resource.getFilename())))
				.map(resource -> parse(resource, rules))
				.toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException("the access matrix is missing from the application", e);
		}
	}

	private static ModuleMatrix parse(Resource resource, List<AccessRules> rules) {
		try (var in = resource.getInputStream()) {
			var name = String.valueOf(resource.getFilename()).replace(".md", "");
			var lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
			var title = lines.stream().filter(line -> line.startsWith("# ")).findFirst().orElse("# " + name).substring(2);
			var intro = String.join(" ", lines.stream().filter(line -> !line.isBlank() && !line.startsWith("#")
					&& !line.startsWith("|")).toList());
			var table = lines.stream().filter(line -> line.startsWith("|")).map(AccessMatrixPage::cells).toList();
			var declared = rules.stream().filter(module -> module.module().equals(name))
				.flatMap(module -> module.rules().stream()).toList();
			return new ModuleMatrix(name, title, intro, table.get(0), table.subList(2, table.size()), declared);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static List<String> cells(String line) {
		return Arrays.stream(line.substring(1, line.length() - 1).split("\\|")).map(String::strip).toList();
	}

	/** One module's part: its rows and the rules it declares for its records. */
	record ModuleMatrix(String name, String title, String intro, List<String> header, List<List<String>> rows,
			List<AccessRule> rules) {
	}
}
