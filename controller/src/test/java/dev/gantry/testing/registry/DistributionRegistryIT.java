package dev.gantry.testing.registry;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The harness runs the real distribution registry anonymous, behind basic auth and behind bearer tokens. */
class DistributionRegistryIT {

    private static final byte[] CONFIG = "{\"project\":\"auth-service\"}".getBytes(UTF_8);
    private static final byte[] LAYER = "rendered manifests, pretend tar+gzip".getBytes(UTF_8);
    private static final String TAG = "3f2c9d1e8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d";

    /** Pushes a config blob, a layer and a release manifest, then reads all three back. */
    private static void pushAndReadBack(RawRegistryClient client, String repository) throws IOException {
        String config = client.pushBlob(repository, CONFIG);
        String layer = client.pushBlob(repository, LAYER);
        byte[] manifest = """
                {"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json",\
                "artifactType":"application/vnd.gantry.release.v1",\
                "config":{"mediaType":"application/vnd.gantry.release.config.v1+json","digest":"%s","size":%d},\
                "layers":[{"mediaType":"application/vnd.gantry.release.manifests.v1.tar+gzip","digest":"%s","size":%d}]}"""
                .formatted(config, CONFIG.length, layer, LAYER.length).getBytes(UTF_8);

        HttpResponse<byte[]> put = client.putManifest(repository, TAG, manifest);
        HttpResponse<byte[]> got = client.getManifest(repository, TAG);

        assertThat(put.statusCode()).as(new String(put.body(), UTF_8)).isEqualTo(201);
        assertThat(put.headers().firstValue("Docker-Content-Digest")).hasValue(RawRegistryClient.digest(manifest));
        assertThat(got.statusCode()).isEqualTo(200);
        assertThat(got.body()).isEqualTo(manifest);
        assertThat(got.headers().firstValue("Content-Type")).hasValue(RawRegistryClient.OCI_MANIFEST);
        assertThat(client.get("/v2/" + repository + "/blobs/" + config).body()).isEqualTo(CONFIG);
        assertThat(client.get("/v2/" + repository + "/blobs/" + layer).body()).isEqualTo(LAYER);
    }

    /** A registry anyone may push to. */
    @Nested
    @WithDistributionRegistry
    class Anonymous {

        @Test
        void answersTheVersionCheckWithoutCredentials(DistributionRegistry registry) throws IOException {
            HttpResponse<byte[]> response = RawRegistryClient.anonymous(registry.url()).get("/v2/");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Docker-Distribution-API-Version")).hasValue("registry/2.0");
            assertThat(registry.host()).matches("127\\.0\\.0\\.1:[0-9]+");
        }

        @Test
        void storesAPushedReleaseAndServesItBack(DistributionRegistry registry) throws IOException {
            pushAndReadBack(RawRegistryClient.anonymous(registry.url()), "platform/anonymous-push");
        }
    }

    /** A registry behind an htpasswd file. */
    @Nested
    @WithDistributionRegistry(RegistryAuth.BASIC)
    class BasicAuth {

        @Test
        void challengesAnAnonymousRequestWithBasic(DistributionRegistry registry) throws IOException {
            HttpResponse<byte[]> response = RawRegistryClient.anonymous(registry.url()).get("/v2/");

            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    challenge -> assertThat(challenge).startsWith("Basic realm="));
        }

        @Test
        void storesAReleasePushedWithTheGeneratedCredentials(DistributionRegistry registry) throws IOException {
            RawRegistryClient client = RawRegistryClient.anonymous(registry.url())
                    .authorizedBy(registry.credentials().basicAuthorization());

            assertThat(client.get("/v2/").statusCode()).isEqualTo(200);
            pushAndReadBack(client, "platform/basic-push");
        }

        @Test
        void refusesAWrongPassword(DistributionRegistry registry) throws IOException {
            RegistryCredentials wrong = new RegistryCredentials(registry.username(), registry.password() + "x");

            HttpResponse<byte[]> response = RawRegistryClient.anonymous(registry.url())
                    .authorizedBy(wrong.basicAuthorization()).get("/v2/");

            assertThat(response.statusCode()).isEqualTo(401);
        }
    }

    /** A registry trusting tokens from the harness's token server. */
    @Nested
    @WithDistributionRegistry(RegistryAuth.TOKEN)
    class TokenAuth {

        private static final String REPOSITORY = "platform/token-push";

        @Test
        void challengesAnAnonymousRequestWithBearerNamingTheTokenRealm(DistributionRegistry registry)
                throws IOException {
            HttpResponse<byte[]> response = RawRegistryClient.anonymous(registry.url()).get("/v2/");

            BearerChallenge challenge = BearerChallenge.parse(response.headers().firstValue("WWW-Authenticate").orElseThrow());
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(challenge.realm().getHost()).isEqualTo("127.0.0.1");
            assertThat(challenge.realm().getPath()).isEqualTo("/token");
            assertThat(challenge.service()).isEqualTo("gantry-test-registry");
        }

        @Test
        void storesAReleasePushedWithATokenFromTheRealm(DistributionRegistry registry) throws IOException {
            RawRegistryClient anonymous = RawRegistryClient.anonymous(registry.url());
            HttpResponse<byte[]> refused = anonymous.startUpload(REPOSITORY);
            BearerChallenge challenge = BearerChallenge.parse(refused.headers().firstValue("WWW-Authenticate").orElseThrow());

            String token = RawRegistryClient.token(challenge, registry.credentials(), challenge.scope());

            assertThat(challenge.scope()).startsWith("repository:" + REPOSITORY + ":");
            assertThat(challenge.scope().substring(challenge.scope().lastIndexOf(':') + 1).split(","))
                    .as("actions, in the registry's (unstable) order").containsExactlyInAnyOrder("pull", "push");
            pushAndReadBack(anonymous.authorizedBy("Bearer " + token), REPOSITORY);
        }

        @Test
        void refusesAPushWithAPullOnlyToken(DistributionRegistry registry) throws IOException {
            RawRegistryClient anonymous = RawRegistryClient.anonymous(registry.url());
            BearerChallenge challenge = BearerChallenge.parse(
                    anonymous.get("/v2/").headers().firstValue("WWW-Authenticate").orElseThrow());
            String token = RawRegistryClient.token(challenge, registry.credentials(), "repository:platform/pull-only:pull");

            HttpResponse<byte[]> response = anonymous.authorizedBy("Bearer " + token).startUpload("platform/pull-only");

            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    value -> assertThat(value).contains("error=\"insufficient_scope\""));
        }

        @Test
        void tokenRealmRefusesWrongCredentials(DistributionRegistry registry) throws IOException {
            BearerChallenge challenge = BearerChallenge.parse(RawRegistryClient.anonymous(registry.url()).get("/v2/")
                    .headers().firstValue("WWW-Authenticate").orElseThrow());
            RegistryCredentials wrong = new RegistryCredentials(registry.username(), "not-the-password");

            assertThatThrownBy(() -> RawRegistryClient.token(challenge, wrong, "repository:platform/any:pull"))
                    .hasMessageContaining("answered 401");
        }
    }

    /** A registry of its own, since this test takes it down. */
    @Nested
    @WithDistributionRegistry
    class StopAndStart {

        @Test
        void refusesConnectionsWhileStoppedAndKeepsItsDataAcrossARestartOnTheSamePort(DistributionRegistry registry)
                throws IOException {
            RawRegistryClient client = RawRegistryClient.anonymous(registry.url());
            String digest = client.pushBlob("platform/restarted", LAYER);
            String host = registry.host();

            registry.stop();

            assertThat(registry.running()).isFalse();
            assertThatThrownBy(() -> client.get("/v2/")).isInstanceOf(ConnectException.class);

            registry.start();

            assertThat(registry.host()).isEqualTo(host);
            assertThat(client.get("/v2/platform/restarted/blobs/" + digest).body()).isEqualTo(LAYER);
        }
    }
}
