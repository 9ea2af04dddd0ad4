package dev.gantry.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.manifest.HostileManifests;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gantry release build} renders a project's manifests folder with the controller's bounded parser. */
class ManifestRendererTest {

    @TempDir
    Path folder;

    @Test
    void rendersAManifestAndPinsItsImage() throws Exception {
        Files.writeString(folder.resolve("app.yaml"), "apiVersion: v1\nkind: Pod\nmetadata: { name: web }\n"
                + "spec: { containers: [{ name: web, image: gantry://web }] }\n");
        BuiltImage web = new BuiltImage("web", "registry.example.com/web", "sha256:" + "a".repeat(64));

        String rendered = new String(new ManifestRenderer().render(folder, "hello/deploy/", Map.of("web", web))
                .get("app.yaml"), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(rendered).contains("image: " + web.pinnedReference()).doesNotContain("gantry://");
    }

    @Test
    void deeplyNestedManifestIsRefusedNamingTheFile() throws Exception {
        assertRefusedNamingTheFile(HostileManifests.deeplyNested(), "nesting deeper than 128 levels");
    }

    @Test
    void billionLaughsManifestIsRefused() throws Exception {
        assertRefusedNamingTheFile(HostileManifests.billionLaughs(), "more than 16 aliases in one file");
    }

    @Test
    void tooManyDocumentsIsRefused() throws Exception {
        assertRefusedNamingTheFile(HostileManifests.tooManyDocuments(), "more than 10000 YAML documents");
    }

    private void assertRefusedNamingTheFile(String manifest, String problem) throws Exception {
        Files.writeString(folder.resolve("app.yaml"), manifest);

        assertThatThrownBy(() -> new ManifestRenderer().render(folder, "hello/deploy/", Map.of()))
                .isInstanceOf(ReleaseBuildException.class)
                .hasMessageStartingWith("hello/deploy/app.yaml:")
                .hasMessageContaining(problem);
    }
}
