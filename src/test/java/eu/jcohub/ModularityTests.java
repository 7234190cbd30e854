package eu.jcohub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.DependencyType;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules keep to their boundaries; the module diagram in docs/architecture.md is drawn from the code
 * by this test, so it cannot go stale.
 */
class ModularityTests {

	private static final String START = "<!-- module-diagram:start (written by ModularityTests) -->";
	private static final String END = "<!-- module-diagram:end -->";
	private final ApplicationModules modules = ApplicationModules.of(JcoHubApplication.class);

	@Test
	void modulesKeepToTheirBoundaries() {
		modules.verify();
	}

	@Test
	void writesTheModuleDiagramIntoTheArchitectureDocument() throws IOException {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("target/modulith-docs"))
			.writeModulesAsPlantUml(Documenter.DiagramOptions.defaults())
			.writeModuleCanvases();
		var document = Path.of("docs/architecture.md");
		var text = Files.readString(document);
		assertThat(text).contains(START).contains(END);
		var updated = text.substring(0, text.indexOf(START) + START.length()) + "\n" + mermaid() + "\n"
				+ text.substring(text.indexOf(END));
		Files.writeString(document, updated);
	}

	/** Modules as boxes; a solid arrow where one uses another's API, a dotted one where it listens to its events. */
	private String mermaid() {
		var lines = new TreeSet<String>();
		for (ApplicationModule module : modules) {
			var source = module.getIdentifier().toString();
			lines.add("    " + source + "[\"" + module.getDisplayName() + "\"]");
			module.getDirectDependencies(modules).stream().forEach(dependency -> {
				var target = dependency.getTargetModule().getIdentifier().toString();
				var arrow = dependency.getDependencyType() == DependencyType.EVENT_LISTENER ? " -. listens .-> " : " --> ";
				if (!source.equals(target)) {
					lines.add("    " + source + arrow + target);
				}
			});
		}
		return "```mermaid\nflowchart LR\n" + String.join("\n", lines) + "\n```";
	}
}
