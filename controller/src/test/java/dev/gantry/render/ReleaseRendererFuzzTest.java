package dev.gantry.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.gantry.deploy.InMemoryClusterApplier;
import dev.gantry.pointer.Environment;
import dev.gantry.pointer.ProjectRef;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Feeds arbitrary bytes and arbitrary manifest YAML to the controller's render, order and confine steps, as a release's
 * manifest file and as an environment's patch: only {@link RenderException} may come out, never a
 * StackOverflowError, an OutOfMemoryError or an unchecked exception of the parser or the renderer.
 * Time is not asserted (a wall-clock bound fails at random on a loaded machine); the limits that
 * keep rendering fast are tested in their own tests, and Jazzer's per-input timeout reports a hang
 * while fuzzing.
 *
 * <p>A normal test run replays the seed inputs under {@code src/test/resources/dev/gantry/render/
 * ReleaseRendererFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes for the given duration instead.
 */
class ReleaseRendererFuzzTest {

    private static final Environment DEV = new Environment("dev", null, "{project}-{environment}",
            Environment.Cluster.IN_CLUSTER, null, new Environment.Sync(true, true, true, null, Duration.ofMinutes(10)),
            Environment.Approval.NONE, List.of(new Environment.ClusterResource("apiextensions.k8s.io", "CustomResourceDefinition")));
    private static final RenderContext CONTEXT = new RenderContext(DEV, new ProjectRef("platform", "hello"), "1".repeat(40));

    private final ReleaseRenderer renderer = new ReleaseRenderer(new InMemoryClusterApplier()::scopeOf);

    @FuzzTest(maxDuration = "30s")
    void arbitraryBytesGiveOnlyRenderErrors(byte[] bytes) {
        renderQuietly(files("app.yaml", bytes), new TreeMap<>());
        renderQuietly(files("app.yaml", bytes), files("environments/dev/platform/hello/patches/p.yaml", bytes));
    }

    @FuzzTest(maxDuration = "30s")
    void arbitraryManifestsGiveOnlyRenderErrors(FuzzedDataProvider data) {
        byte[] manifest = ManifestShapes.generate(data).getBytes(StandardCharsets.UTF_8);
        byte[] patch = ManifestShapes.generate(data).getBytes(StandardCharsets.UTF_8);
        renderQuietly(files("app.yaml", manifest), files("environments/dev/platform/hello/patches/p.yaml", patch));
    }

    private void renderQuietly(SortedMap<String, byte[]> manifests, SortedMap<String, byte[]> patches) {
        try {
            Confinement.violations(ApplyOrder.sort(renderer.render(manifests, patches, CONTEXT)), CONTEXT);
        } catch (RenderException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    private static SortedMap<String, byte[]> files(String path, byte[] content) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        files.put(path, content);
        return files;
    }
}
