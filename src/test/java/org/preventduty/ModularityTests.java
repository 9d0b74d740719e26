package org.preventduty;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void modulesKeepToTheirBordersAndHaveNoCycles() {
        modules.verify();
    }

    @Test
    void foundationModulesArePresent() {
        assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
                .contains("identity", "audit", "partners");
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("target/modulith-docs"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
