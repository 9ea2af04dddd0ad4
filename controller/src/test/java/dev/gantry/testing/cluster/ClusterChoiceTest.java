package dev.gantry.testing.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which cluster the integration tests get for which environment and folders. The binaries made here
 * are empty executable files: only where they are is checked, nothing is started.
 */
class ClusterChoiceTest {

    @TempDir
    Path project;

    @TempDir
    Path elsewhere;

    @Test
    void aKubeconfigVariableWinsOverABuiltControlPlane() throws IOException {
        build(project);
        Path kubeconfig = Files.writeString(elsewhere.resolve("kubeconfig"), "apiVersion: v1\n");

        ClusterChoice choice = choose(Map.of(ClusterChoice.KUBECONFIG, kubeconfig.toString()), project);

        assertThat(choice).isEqualTo(new ClusterChoice.Kubeconfig(kubeconfig));
        assertThat(choice.describe()).isEqualTo("the real API server named by GANTRY_IT_KUBECONFIG=" + kubeconfig);
    }

    @Test
    void refusesAKubeconfigVariableThatNamesNoFile() {
        Path missing = elsewhere.resolve("missing");

        assertThatThrownBy(() -> choose(Map.of(ClusterChoice.KUBECONFIG, missing.toString()), project))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("GANTRY_IT_KUBECONFIG names " + missing + ", which is not a file");
    }

    @Test
    void findsTheControlPlaneBuiltAtTheProjectRootFromAModuleFolder() throws IOException {
        Path binary = build(project);
        Path module = Files.createDirectories(project.resolve("controller"));

        ClusterChoice choice = choose(Map.of(ClusterChoice.KUBECONFIG, " "), module);

        assertThat(choice).isEqualTo(new ClusterChoice.ControlPlane(binary));
        assertThat(choice.describe()).contains("test control plane", binary.toString());
    }

    @Test
    void aNamedBinaryWinsAndIsTheOnlyPlaceLookedIn() throws IOException {
        build(project);
        Path named = build(elsewhere);

        assertThat(choose(Map.of(TestControlPlaneBinary.VARIABLE, named.toString()), project))
                .isEqualTo(new ClusterChoice.ControlPlane(named));
        assertThat(choose(Map.of(TestControlPlaneBinary.VARIABLE, elsewhere.resolve("gone").toString()), project))
                .isEqualTo(new ClusterChoice.NoApiServer(java.util.List.of(elsewhere.resolve("gone")), false));
    }

    @Test
    void aFileThatCannotBeRunIsNotABuild() throws IOException {
        assertThat(build(project).toFile().setExecutable(false)).isTrue();

        assertThat(choose(Map.of(), project)).isInstanceOf(ClusterChoice.NoApiServer.class);
    }

    @Test
    void withNeitherItNamesEveryPlaceItLookedAndTheRemedy() {
        ClusterChoice choice = choose(Map.of(), project);

        assertThat(choice).isInstanceOf(ClusterChoice.NoApiServer.class);
        assertThat(choice.describe()).startsWith("GANTRY_IT_KUBECONFIG is not set, and the test control plane is not built")
                .contains(project.resolve("test-cluster/bin/gantry-test-cluster").toString());
        assertThat(((ClusterChoice.NoApiServer) choice).remedy()).contains("test-cluster/build.sh", "GANTRY_TEST_CLUSTER");
    }

    @Test
    void withNeitherOnCiTheServerIsRequired() {
        assertThat(choose(Map.of("CI", "true"), project))
                .isInstanceOfSatisfying(ClusterChoice.NoApiServer.class, none -> assertThat(none.required()).isTrue());
        assertThat(choose(Map.of("CI", "false"), project))
                .isInstanceOfSatisfying(ClusterChoice.NoApiServer.class, none -> assertThat(none.required()).isFalse());
    }

    private static ClusterChoice choose(Map<String, String> environment, Path workingDirectory) {
        return ClusterChoice.of(environment::get, workingDirectory);
    }

    /** An empty, executable file where build.sh puts the binary under {@code root}; never run. */
    private static Path build(Path root) throws IOException {
        Path binary = root.resolve(TestControlPlaneBinary.RELATIVE);
        Files.createDirectories(binary.getParent());
        assertThat(Files.createFile(binary).toFile().setExecutable(true)).isTrue();
        return binary;
    }
}
