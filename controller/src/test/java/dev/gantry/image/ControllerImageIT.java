package dev.gantry.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The controller image that {@code mvn -Pimage verify} builds twice (ADR 0011): one digest, a
 * non-root user, {@code gantry serve} as entrypoint and arguments, and a Java runtime that starts
 * from the image's own files only.
 */
class ControllerImageIT {

    private static final Path TARGET = Path.of("target");
    private static final List<String> ENTRYPOINT = List.of("/opt/java/bin/java", "-cp", "@/app/jib-classpath-file",
            "dev.gantry.cli.Gantry");

    private static ImageTar image;

    @BeforeAll
    static void readImage() throws IOException {
        Path tar = TARGET.resolve("gantry-image.tar");
        Assumptions.assumeTrue(Files.isRegularFile(tar), "no controller image: it is built only with mvn -Pimage verify");
        image = ImageTar.read(tar);
    }

    @Test
    void twoBuildsFromSeparatelyAssembledBasesHaveOneDigest() throws IOException {
        ImageTar again = ImageTar.read(TARGET.resolve("image/again/gantry-image.tar"));

        assertThat(again.manifestDigest()).isEqualTo(image.manifestDigest());
        assertThat(Files.readString(TARGET.resolve("jib-image.digest")).trim()).isEqualTo(image.manifestDigest());
    }

    @Test
    void runsGantryServeAsTheNonRootUser() {
        JsonNode config = image.config();

        assertThat(config.path("User").asString()).isEqualTo("65532:65532");
        assertThat(config.path("Entrypoint").valueStream().map(JsonNode::asString)).containsExactlyElementsOf(ENTRYPOINT);
        assertThat(config.path("Cmd").valueStream().map(JsonNode::asString)).containsExactly("serve");
        assertThat(config.path("WorkingDir").asString()).isEqualTo("/var/cache/gantry");
        assertThat(config.path("Env").valueStream().map(JsonNode::asString)).contains("HOME=/tmp");
    }

    @Test
    void startsFromItsOwnFilesAsTheNonRootUser(@TempDir Path root) throws IOException, InterruptedException {
        image.unpack(root);
        Files.createDirectories(root.resolve("proc"));
        Files.setPosixFilePermissions(root, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThat(Files.readString(root.resolve("etc/passwd"))).contains("nonroot:x:65532:65532:");

        List<String> command = new ArrayList<>(List.of("unshare", "--mount", "--pid", "--fork", "--mount-proc",
                "--root=" + root.toAbsolutePath(), "--setuid", "65532", "--setgid", "65532"));
        command.addAll(ENTRYPOINT);
        command.add("--version");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        boolean exited = process.waitFor(2, TimeUnit.MINUTES);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        Assumptions.assumeFalse(output.startsWith("unshare: unshare failed") || output.contains("Operation not permitted"),
                "cannot enter the image's root filesystem here (needs root or user namespaces): " + output.strip());
        assertThat(exited).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).startsWith("gantry ");
    }
}
