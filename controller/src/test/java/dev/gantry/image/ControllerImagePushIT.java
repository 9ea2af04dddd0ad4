package dev.gantry.image;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.release.oci.JibTarballPush;
import dev.gantry.testing.registry.DistributionRegistry;
import dev.gantry.testing.registry.RawRegistryClient;
import dev.gantry.testing.registry.RegistryAuth;
import dev.gantry.testing.registry.WithDistributionRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The controller image pushed by {@code mvn -Pimage -Dimage.push} (ADR 0011) through the same entry
 * point, {@link JibTarballPush}, to the real distribution registry with basic auth: read back by
 * tag, it has the tar build's digest and a non-root user.
 */
@WithDistributionRegistry(RegistryAuth.BASIC)
class ControllerImagePushIT {

    private static final Path TARGET = Path.of("target");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Path tarball;
    private static String tarDigest;

    @TempDir
    Path temp;

    @BeforeAll
    static void findTheTarBuild() throws IOException {
        tarball = TARGET.resolve("gantry-image.tar");
        if (!Files.isRegularFile(tarball)) {
            Assumptions.abort("no controller image: it is built only with mvn -Pimage verify (needs the Debian packages)");
        }
        tarDigest = Files.readString(TARGET.resolve("jib-image.digest")).trim();
    }

    @Test
    void pushesTheTarBuildsDigestWithTheGantryRegistryCredentials(DistributionRegistry registry) throws IOException {
        String image = registry.host() + "/gantry/controller:" + tag();
        Push push = push(image, Map.of("HOME", temp.toString(), "GANTRY_REGISTRY_HOST", registry.host(),
                "GANTRY_REGISTRY_USERNAME", registry.username(), "GANTRY_REGISTRY_PASSWORD", registry.password()));

        assertThat(push.exitCode()).as(push.err()).isZero();
        assertThat(push.out()).isEqualTo("pushed " + image + "@" + tarDigest + "\n");
        assertThat(Files.readString(push.digestFile())).isEqualTo(tarDigest);
        assertPushedAsBuilt(registry, image);
    }

    @Test
    void pushesWithTheDockerConfigFileWhenNoGantryCredentialsAreSet(DistributionRegistry registry) throws IOException {
        String auth = Base64.getEncoder().encodeToString((registry.username() + ":" + registry.password())
                .getBytes(StandardCharsets.UTF_8));
        Files.writeString(temp.resolve("config.json"), "{\"auths\":{\"" + registry.host() + "\":{\"auth\":\"" + auth + "\"}}}");
        String image = registry.host() + "/gantry/controller-from-docker-config:" + tag();

        Push push = push(image, Map.of("HOME", temp.toString(), "DOCKER_CONFIG", temp.toString()));

        assertThat(push.exitCode()).as(push.err()).isZero();
        assertPushedAsBuilt(registry, image);
    }

    @Test
    void failsWithAnExternalErrorWithoutPrintingTheWrongPassword(DistributionRegistry registry) {
        Push push = push(registry.host() + "/gantry/controller:" + tag(), Map.of("HOME", temp.toString(),
                "GANTRY_REGISTRY_HOST", registry.host(), "GANTRY_REGISTRY_USERNAME", registry.username(),
                "GANTRY_REGISTRY_PASSWORD", "wrong-s3cret"));

        assertThat(push.exitCode()).isEqualTo(3);
        assertThat(push.err()).startsWith("cannot push " + registry.host() + "/gantry/controller:").contains("401")
                .doesNotContain("wrong-s3cret");
        assertThat(push.digestFile()).doesNotExist();
    }

    private void assertPushedAsBuilt(DistributionRegistry registry, String image) throws IOException {
        String repository = image.substring(registry.host().length() + 1, image.lastIndexOf(':'));
        RawRegistryClient client = RawRegistryClient.anonymous(registry.url())
                .authorizedBy(registry.credentials().basicAuthorization());
        HttpResponse<byte[]> manifest = client.getManifest(repository, image.substring(image.lastIndexOf(':') + 1));
        assertThat(manifest.statusCode()).isEqualTo(200);
        assertThat(RawRegistryClient.digest(manifest.body())).isEqualTo(tarDigest);
        assertThat(manifest.headers().firstValue("Docker-Content-Digest")).hasValue(tarDigest);

        String configDigest = JSON.readTree(manifest.body()).path("config").path("digest").asString();
        HttpResponse<byte[]> config = client.get("/v2/" + repository + "/blobs/" + configDigest);
        assertThat(config.statusCode()).isEqualTo(200);
        JsonNode user = JSON.readTree(config.body()).path("config").path("User");
        assertThat(user.asString()).isEqualTo("65532:65532");
    }

    private Push push(String image, Map<String, String> environment) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path digestFile = temp.resolve("jib-image.digest");
        int exitCode = JibTarballPush.run(new String[] {tarball.toString(), image, digestFile.toString(), "false"},
                environment, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Push(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), digestFile);
    }

    private static String tag() {
        return "it-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private record Push(int exitCode, String out, String err, Path digestFile) {
    }
}
