package dev.gantry.diff;

import dev.gantry.release.ArtifactRef;
import dev.gantry.release.ManifestArchive;
import dev.gantry.release.Registry;
import dev.gantry.release.RegistryCredentials;
import dev.gantry.release.ReleaseConfig;
import dev.gantry.release.ReleaseManifest;
import dev.gantry.release.ReleasePublisher;
import dev.gantry.release.oci.ArtifactStores;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A GitOps checkout on disk for project {@code platform/hello}, and releases of that project
 * published into a real registry or OCI layout.
 */
public final class CheckoutFilesFixture {

    /** The project every pointer names. */
    public static final String PROJECT = "platform/hello";

    private final Path root;

    /** A checkout rooted at {@code root}, created on first write. */
    public CheckoutFilesFixture(Path root) {
        this.root = root;
    }

    /** The checkout's root folder. */
    public Path root() {
        return root;
    }

    /** Writes {@code environments/<name>/environment.yaml}; null {@code promotesFrom} or {@code registry} leave them out. */
    public CheckoutFilesFixture environment(String name, String promotesFrom, String registry) throws IOException {
        String yaml = "apiVersion: gantry.dev/v1\nkind: Environment\nmetadata:\n  name: " + name + "\nspec:\n"
                + (promotesFrom == null ? "" : "  promotesFrom: " + promotesFrom + "\n")
                + "  namespace: \"{project}-{environment}\"\n"
                + (registry == null ? "" : "  registry: \"" + registry + "\"\n");
        return write("environments/" + name + "/environment.yaml", yaml);
    }

    /** Writes the project's pointer in {@code environment}; a null digest leaves it unpinned. */
    public CheckoutFilesFixture pointer(String environment, String release, String digest) throws IOException {
        String yaml = "apiVersion: gantry.dev/v1\nkind: ReleasePointer\nmetadata:\n  name: hello\n  environment: "
                + environment + "\nspec:\n  release: \"" + release + "\"\n"
                + (digest == null ? "" : "  digest: \"" + digest + "\"\n");
        return write("environments/" + environment + "/" + PROJECT + "/release.yaml", yaml);
    }

    /** Writes one overlay file of the project in {@code environment}. */
    public CheckoutFilesFixture patch(String environment, String file, String yaml) throws IOException {
        return write("environments/" + environment + "/" + PROJECT + "/patches/" + file, yaml);
    }

    private CheckoutFilesFixture write(String path, String content) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return this;
    }

    /** Publishes a release of the project whose one manifest file holds {@code yaml}; returns the manifest digest. */
    public static String publish(Registry registry, RegistryCredentials credentials, String release, String yaml) {
        byte[] layer = ManifestArchive.pack(Map.of("app.yaml", yaml.getBytes(StandardCharsets.UTF_8))).bytes();
        byte[] config = new ReleaseConfig("platform", "hello", release, null, List.of(), "gantry", "test",
                Instant.parse("2026-01-01T00:00:00Z")).toJson();
        return new ReleasePublisher(ArtifactStores.forRegistry(registry, credentials))
                .publish(new ArtifactRef(registry, PROJECT, release, null), config, layer,
                        Map.of(ReleaseManifest.REVISION, release))
                .manifest().digest();
    }

    /** YAML for ConfigMaps, each {@code name=value} becoming a ConfigMap {@code name} with {@code data.value}. */
    public static String configMaps(String... entries) {
        StringBuilder yaml = new StringBuilder();
        for (String entry : entries) {
            String[] parts = entry.split("=", 2);
            yaml.append("---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ").append(parts[0])
                    .append("\ndata:\n  value: \"").append(parts[1]).append("\"\n");
        }
        return yaml.toString();
    }
}
