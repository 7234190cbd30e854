package eu.jcohub;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules keep to their boundaries; the module diagram in docs/ is drawn from the code. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(JcoHubApplication.class);

	@Test
	void modulesKeepToTheirBoundaries() {
		modules.verify();
	}

	@Test
	void writesTheModuleDiagram() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml(Documenter.DiagramOptions.defaults())
			.writeModuleCanvases();
	}
}
