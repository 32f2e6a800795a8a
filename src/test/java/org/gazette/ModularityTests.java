package org.gazette;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feature packages are modules: no cycles between them, no module reaching into
 * another's internals, nothing depending on {@code system}, and {@code article} at the
 * bottom.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(GazetteApplication.class);

	@Test
	void modulesHaveNoCyclesAndUseOnlyEachOthersPublicTypes() {
		this.modules.verify();
	}

	@Test
	void nothingDependsOnSystem() {
		for (ApplicationModule module : this.modules) {
			assertThat(dependencies(module)).as(module.getName()).doesNotContain("system");
		}
	}

	@Test
	void articleDependsOnlyOnMarkdown() {
		assertThat(dependencies(this.modules.getModuleByName("article").orElseThrow())).containsOnly("markdown");
	}

	private List<String> dependencies(ApplicationModule module) {
		return module.getDirectDependencies(this.modules).uniqueModules().map(ApplicationModule::getName).toList();
	}

}
