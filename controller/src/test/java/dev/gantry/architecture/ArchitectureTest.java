package dev.gantry.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps HOUSE-STYLE's package rules, and proves each rule catches a planted violation. */
class ArchitectureTest {

    private static final String BASE = "dev.gantry";
    private static final String SAMPLE = "dev.gantry.architecture.sample";

    private static final ImportOption PRODUCTION_CODE = location ->
            !location.contains("/test-classes/") && !location.contains("-tests.jar");

    private static final JavaClasses GANTRY = new ClassFileImporter()
            .withImportOption(PRODUCTION_CODE)
            .importPackages(BASE);

    private static final JavaClasses PLANTED = new ClassFileImporter().importPackages(SAMPLE);

    @Test
    void importsBothModules() {
        assertThat(GANTRY.containPackage("dev.gantry.pointer")).isTrue();
        assertThat(GANTRY.containPackage("dev.gantry.cli")).isTrue();
    }

    @Test
    void capabilitiesHaveNoCycles() {
        ArchitectureRules.capabilitiesAreFreeOfCycles(BASE).check(GANTRY);
    }

    @Test
    void portsDoNotDependOnTheirAdapters() {
        ArchitectureRules.portsDoNotDependOnTheirAdapters(BASE).check(GANTRY);
    }

    @Test
    void portsUseNoAdapterTechnology() {
        ArchitectureRules.portsUseNoAdapterTechnology(BASE, ArchitectureRules.ADAPTER_TECHNOLOGIES).check(GANTRY);
    }

    @Test
    void namesAreNotGrabBags() {
        ArchitectureRules.noGrabBagNames(BASE).check(GANTRY);
    }

    @Test
    void uncheckedExceptionsCarryADisposition() {
        ArchitectureRules.uncheckedExceptionsCarryADisposition(BASE).check(GANTRY);
    }

    @Test
    void schemaModuleDoesNotReachIntoTheController() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
                .that().resideInAPackage("dev.gantry.pointer..")
                .should().dependOnClassesThat().resideInAPackage("dev.gantry.cli..")
                .check(GANTRY);
    }

    @Test
    void catchesAPortThatDependsOnItsAdapter() {
        EvaluationResult result = ArchitectureRules.portsDoNotDependOnTheirAdapters(SAMPLE).evaluate(PLANTED);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("Fabric8ClusterApplier"));
    }

    @Test
    void catchesAPortThatUsesAnAdapterTechnology() {
        EvaluationResult result = ArchitectureRules.portsUseNoAdapterTechnology(SAMPLE, List.of("java.util.zip.."))
                .evaluate(PLANTED);

        assertThat(result.hasViolation()).isTrue();
    }

    @Test
    void catchesACycleBetweenCapabilities() {
        EvaluationResult result = ArchitectureRules.capabilitiesAreFreeOfCycles(SAMPLE).evaluate(PLANTED);

        assertThat(result.hasViolation()).isTrue();
    }

    @Test
    void catchesAGrabBagName() {
        EvaluationResult result = ArchitectureRules.noGrabBagNames(SAMPLE).evaluate(PLANTED);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("DeployUtils"));
    }

    @Test
    void catchesAnExceptionWithoutDisposition() {
        EvaluationResult result = ArchitectureRules.uncheckedExceptionsCarryADisposition(SAMPLE).evaluate(PLANTED);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("ApplyFailedException"));
    }
}
