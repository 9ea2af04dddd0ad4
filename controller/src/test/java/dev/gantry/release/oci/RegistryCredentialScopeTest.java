package dev.gantry.release.oci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import dev.gantry.release.ArtifactIntegrityException;
import dev.gantry.release.ArtifactRef;
import dev.gantry.release.ArtifactStore;
import dev.gantry.release.ContentDescriptor;
import dev.gantry.release.MediaTypes;
import dev.gantry.release.Registry;
import dev.gantry.release.RegistryCredentials;
import dev.gantry.release.RegistryCredentialsRefusedException;
import dev.gantry.release.RegistryUnavailableException;
import dev.gantry.release.ReleaseFetcher;
import dev.gantry.release.oci.RecordingRegistry.Reply;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where registry credentials go: only to the host they are bound to, never to a registry a GitOps
 * repository names instead, never along a redirect to another host; and what a hostile registry
 * announces is refused before it is read.
 */
class RegistryCredentialScopeTest {

    private static final String COMMIT = "3f2c9d1e5b7a4c6d8e0f1a2b3c4d5e6f7a8b9c0d";
    private static final String USER = "ci";
    private static final String PASSWORD = "s3cret-for-the-configured-registry";
    private static final String BASIC = "Basic " + Base64.getEncoder()
            .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    private static final byte[] BLOB = "the blob".getBytes(StandardCharsets.UTF_8);
    private static final ContentDescriptor BLOB_DESCRIPTOR = ContentDescriptor.of(MediaTypes.RELEASE_MANIFESTS, BLOB);

    @TempDir
    Path home;

    private Map<String, String> environment(RecordingRegistry boundTo) {
        return Map.of("HOME", home.toString(), "GANTRY_REGISTRY_HOST", boundTo.host(),
                "GANTRY_REGISTRY_USERNAME", USER, "GANTRY_REGISTRY_PASSWORD", PASSWORD);
    }

    /** The store CI's {@code gantry diff} and the controller build for a registry. */
    private static ArtifactStore store(RecordingRegistry registry, Map<String, String> environment) {
        Registry target = Registry.parse(registry.host());
        return ArtifactStores.forRegistry(target, RegistryCredentials.forRegistry(target, environment));
    }

    private static ArtifactRef release(RecordingRegistry registry) {
        return ArtifactRef.parse(registry.host() + "/platform/hello:" + COMMIT);
    }

    /** Answers 401 with a Basic challenge until the configured credentials come, then the script. */
    private static Function<HttpExchange, Reply> basicAuth(Function<HttpExchange, Reply> then) {
        return exchange -> BASIC.equals(exchange.getRequestHeaders().getFirst("Authorization")) ? then.apply(exchange)
                : Reply.of(401, Map.of("WWW-Authenticate", "Basic realm=\"registry\""));
    }

    private static Reply manifestHead(HttpExchange exchange) {
        return Reply.of(200, Map.of("Docker-Content-Digest", "sha256:" + "a".repeat(64), "Content-Type", MediaTypes.OCI_MANIFEST,
                "Content-Length", "512"));
    }

    @Test
    void credentialsForOneRegistryAreNotSentToAnother() throws Exception {
        try (RecordingRegistry configured = RecordingRegistry.start("127.0.0.1", basicAuth(RegistryCredentialScopeTest::manifestHead));
                RecordingRegistry named = RecordingRegistry.start("localhost",
                        exchange -> Reply.of(401, Map.of("WWW-Authenticate", "Basic realm=\"named-in-a-pull-request\""))))  {
            Map<String, String> environment = environment(configured);

            assertThat(store(configured, environment).resolve(release(configured))).isPresent();
            assertThatThrownBy(() -> store(named, environment).resolve(release(named)))
                    .isInstanceOf(RegistryUnavailableException.class).hasMessageContaining("401");

            assertThat(configured.authorizations()).contains(BASIC);
            assertThat(named.seen()).isNotEmpty();
            assertThat(named.authorizations()).isEmpty();
        }
    }

    @Test
    void credentialsDoNotFollowARedirectToAnotherHost() throws Exception {
        try (RecordingRegistry storage = RecordingRegistry.start("localhost", exchange -> exchange.getRequestURI().getPath()
                        .equals("/token") ? new Reply(200, Map.of(), "{\"token\":\"t\"}".getBytes(StandardCharsets.UTF_8))
                        : Reply.of(401, Map.of("WWW-Authenticate", "Bearer realm=\"http://localhost:"
                                + exchange.getLocalAddress().getPort() + "/token\",service=\"storage\",scope=\"repository:platform/hello:pull\"")));
                RecordingRegistry configured = RecordingRegistry.start("127.0.0.1", basicAuth(exchange -> Reply.of(307,
                        Map.of("Location", "http://" + storage.host() + "/storage/" + BLOB_DESCRIPTOR.hex()))))) {
            ArtifactStore store = store(configured, environment(configured));

            assertThatThrownBy(() -> store.blob(release(configured), BLOB_DESCRIPTOR).close())
                    .isInstanceOf(RegistryUnavailableException.class).hasMessageContaining("401");

            assertThat(configured.authorizations()).contains(BASIC);
            assertThat(storage.seen()).extracting(RecordingRegistry.Seen::path).contains("/storage/" + BLOB_DESCRIPTOR.hex());
            assertThat(storage.authorizations()).isEmpty();
        }
    }

    @Test
    void blobRedirectedToAStorageHostIsReadThereWithoutCredentials() throws Exception {
        try (RecordingRegistry storage = RecordingRegistry.start("localhost", exchange -> new Reply(200, Map.of(), BLOB));
                RecordingRegistry configured = RecordingRegistry.start("127.0.0.1", basicAuth(exchange -> Reply.of(307,
                        Map.of("Location", "http://" + storage.host() + "/storage/" + BLOB_DESCRIPTOR.hex()))))) {
            try (InputStream blob = store(configured, environment(configured)).blob(release(configured), BLOB_DESCRIPTOR)) {
                assertThat(blob.readAllBytes()).isEqualTo(BLOB);
            }

            assertThat(storage.seen()).hasSize(1);
            assertThat(storage.authorizations()).isEmpty();
        }
    }

    @Test
    void registryCredentialsWithoutTheirHostAreRefused() {
        Map<String, String> unbound = Map.of("GANTRY_REGISTRY_USERNAME", USER, "GANTRY_REGISTRY_PASSWORD", PASSWORD);

        assertThatThrownBy(() -> RegistryCredentials.fromEnvironment(unbound))
                .isInstanceOf(RegistryCredentialsRefusedException.class)
                .hasMessageContaining("GANTRY_REGISTRY_HOST is not").hasMessageNotContaining(PASSWORD);
        assertThatThrownBy(() -> RegistryCredentials.forRegistry(Registry.parse("registry.example.com"), unbound))
                .isInstanceOf(RegistryCredentialsRefusedException.class);
    }

    @Test
    void manifestAnnouncedOverItsLimitIsRefusedBeforeItIsRead() throws Exception {
        try (RecordingRegistry hostile = RecordingRegistry.start("127.0.0.1", exchange -> "HEAD".equals(exchange.getRequestMethod())
                ? Reply.of(200, Map.of("Docker-Content-Digest", "sha256:" + "a".repeat(64),
                        "Content-Type", MediaTypes.OCI_MANIFEST, "Content-Length", Long.toString(10L << 30)))
                : new Reply(200, Map.of(), new byte[5 << 20]))) {
            ArtifactStore store = store(hostile, Map.of("HOME", home.toString()));

            assertThatThrownBy(() -> new ReleaseFetcher(store).fetch(release(hostile)))
                    .isInstanceOf(ArtifactIntegrityException.class)
                    .hasMessageContaining("declares " + (10L << 30) + " bytes, over the 4 MiB limit");
            assertThat(hostile.seen()).extracting(RecordingRegistry.Seen::method).containsOnly("HEAD");
        }
    }

    @Test
    void blobAnnouncedLongerThanItsDescriptorIsRefusedUnread() throws Exception {
        try (RecordingRegistry hostile = RecordingRegistry.start("127.0.0.1", exchange -> new Reply(200, Map.of(), new byte[4096]))) {
            ArtifactStore store = store(hostile, Map.of("HOME", home.toString()));

            assertThatThrownBy(() -> store.blob(release(hostile), BLOB_DESCRIPTOR))
                    .isInstanceOf(ArtifactIntegrityException.class)
                    .hasMessageContaining("announces 4096 bytes").hasMessageContaining("more than the " + BLOB.length);
        }
    }
}
