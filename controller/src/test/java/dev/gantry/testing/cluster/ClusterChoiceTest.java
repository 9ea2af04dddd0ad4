package dev.gantry.testing.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which cluster the integration tests get for which environment and directories. The version
 * directories made here hold empty files named like the binaries: only kube-api-test's layout is
 * checked, nothing is started.
 */
class ClusterChoiceTest {

    private static final String PLATFORM = "-linux-amd64";

    @TempDir
    Path home;

    @TempDir
    Path elsewhere;

    @Test
    void aKubeconfigVariableWinsOverKubeApiTestBinaries() throws IOException {
        layOutVersion(home.resolve(".kubeapitest"), "1.34.1" + PLATFORM);
        Path kubeconfig = Files.writeString(elsewhere.resolve("kubeconfig"), "apiVersion: v1\n");

        ClusterChoice choice = choose(Map.of(ClusterChoice.KUBECONFIG, kubeconfig.toString()));

        assertThat(choice).isEqualTo(new ClusterChoice.Kubeconfig(kubeconfig));
        assertThat(choice.describe()).isEqualTo("the real API server named by GANTRY_IT_KUBECONFIG=" + kubeconfig);
    }

    @Test
    void refusesAKubeconfigVariableThatNamesNoFile() {
        Path missing = elsewhere.resolve("missing");

        assertThatThrownBy(() -> choose(Map.of(ClusterChoice.KUBECONFIG, missing.toString())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("GANTRY_IT_KUBECONFIG names " + missing + ", which is not a file");
    }

    @Test
    void choosesKubeApiTestFromItsDefaultDirectoryWhenNoKubeconfigIsSet() throws IOException {
        layOutVersion(home.resolve(".kubeapitest"), "1.34.1" + PLATFORM);

        ClusterChoice choice = choose(Map.of(ClusterChoice.KUBECONFIG, " "));

        assertThat(choice).isEqualTo(new ClusterChoice.KubeApiTest(
                new KubeApiTestBinaries(home.resolve(".kubeapitest"), "1.34.1")));
        assertThat(choice.describe()).contains("kube-api-test", "1.34.1", "download disabled");
    }

    @Test
    void looksInTheGantryDirectoryBeforeTheDefaultOne() throws IOException {
        layOutVersion(home.resolve(".kubeapitest"), "1.34.1" + PLATFORM);
        layOutVersion(elsewhere, "1.31.0" + PLATFORM);

        ClusterChoice choice = choose(Map.of(KubeApiTestBinaries.DIRECTORY_VARIABLE, elsewhere.toString()));

        assertThat(choice).isEqualTo(new ClusterChoice.KubeApiTest(new KubeApiTestBinaries(elsewhere, "1.31.0")));
    }

    @Test
    void takesTheNewestCompleteVersionComparingNumbersNotText() throws IOException {
        Path directory = home.resolve(".kubeapitest");
        layOutVersion(directory, "1.9.0" + PLATFORM);
        layOutVersion(directory, "1.10.2" + PLATFORM);
        Path incomplete = layOutVersion(directory, "1.11.0" + PLATFORM);
        Files.delete(incomplete.resolve("kubectl"));

        assertThat(KubeApiTestBinaries.findIn(List.of(directory), PLATFORM))
                .contains(new KubeApiTestBinaries(directory, "1.10.2"));
    }

    @Test
    void ignoresOtherPlatformsAndFilesThatCannotBeRun() throws IOException {
        Path directory = home.resolve(".kubeapitest");
        layOutVersion(directory, "1.34.1-darwin-arm64");
        Path notExecutable = layOutVersion(directory, "1.33.0" + PLATFORM);
        assertThat(notExecutable.resolve("etcd").toFile().setExecutable(false)).isTrue();

        assertThat(KubeApiTestBinaries.findIn(List.of(directory), PLATFORM)).isEmpty();
    }

    @Test
    void withNeitherItSaysBothAndNamesEveryDirectoryItSearched() {
        ClusterChoice choice = choose(Map.of(KubeApiTestBinaries.DIRECTORY_VARIABLE, elsewhere.toString()));

        assertThat(choice).isInstanceOf(ClusterChoice.NoApiServer.class);
        assertThat(choice.describe()).isEqualTo("GANTRY_IT_KUBECONFIG is not set, and no kube-api-test binaries "
                + "(etcd, kube-apiserver, kubectl) are at " + elsewhere.resolve("k8s/<version>" + PLATFORM) + " or "
                + home.resolve(".kubeapitest/k8s/<version>" + PLATFORM));
    }

    @Test
    void honoursKubeApiTestsOwnDirectoryVariableAfterGantrysAndListsEachDirectoryOnce() {
        UnaryOperator<String> environment = Map.of(KubeApiTestBinaries.DIRECTORY_VARIABLE, elsewhere.toString(),
                KubeApiTestBinaries.KUBE_API_TEST_DIR, home.resolve(".kubeapitest").toString())::get;

        assertThat(KubeApiTestBinaries.directories(environment, home))
                .containsExactly(elsewhere, home.resolve(".kubeapitest"));
    }

    private ClusterChoice choose(Map<String, String> environment) {
        return ClusterChoice.of(environment::get, home, PLATFORM);
    }

    /** Empty, executable files with the three names kube-api-test looks for; never run. */
    private static Path layOutVersion(Path directory, String versionAndPlatform) throws IOException {
        Path version = Files.createDirectories(directory.resolve("k8s").resolve(versionAndPlatform));
        for (String name : List.of("etcd", "kube-apiserver", "kubectl")) {
            assertThat(Files.createFile(version.resolve(name)).toFile().setExecutable(true)).isTrue();
        }
        return version;
    }
}
