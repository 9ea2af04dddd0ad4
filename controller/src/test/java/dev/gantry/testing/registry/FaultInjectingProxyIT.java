package dev.gantry.testing.registry;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The proxy fails chosen registry requests a set number of times and forwards everything else faithfully. */
@WithDistributionRegistry
class FaultInjectingProxyIT {

    private static final byte[] BLOB = "0123456789abcdef".getBytes(UTF_8);

    @Test
    void answersInjectedFaultsOnBlobUploadsThenPassesThrough(DistributionRegistry registry) throws IOException {
        try (FaultInjectingProxy proxy = FaultInjectingProxy.inFrontOf(registry)) {
            proxy.failNext(2, 500, ProxiedRequest::isBlobUpload);
            RawRegistryClient client = RawRegistryClient.anonymous(proxy.url());

            int first = client.startUpload("platform/faulty").statusCode();
            int second = client.startUpload("platform/faulty").statusCode();
            String digest = client.pushBlob("platform/faulty", BLOB);

            assertThat(List.of(first, second)).containsExactly(500, 500);
            assertThat(proxy.faultsInjected()).isEqualTo(2);
            assertThat(proxy.requestsSeen()).isEqualTo(4);
            assertThat(proxy.requests()).extracting(ProxiedRequest::method).containsExactly("POST", "POST", "POST", "PUT");
            assertThat(RawRegistryClient.anonymous(registry.url()).get("/v2/platform/faulty/blobs/" + digest).body())
                    .isEqualTo(BLOB);
        }
    }

    @Test
    void keepsAChunkedUploadOnTheProxyAndFailsOnlyTheChosenMethod(DistributionRegistry registry) throws IOException {
        try (FaultInjectingProxy proxy = FaultInjectingProxy.inFrontOf(registry)) {
            proxy.failNext(1, 503, request -> request.is("PATCH", "/v2/.+/blobs/uploads/.+"));
            RawRegistryClient client = RawRegistryClient.anonymous(proxy.url());

            String opened = location(client.startUpload("platform/chunked"));
            int refused = client.patchUpload(opened, BLOB).statusCode();
            HttpResponse<byte[]> patched = client.patchUpload(opened, BLOB);
            HttpResponse<byte[]> completed = client.completeUpload(location(patched), RawRegistryClient.digest(BLOB), new byte[0]);

            assertThat(opened).startsWith(proxy.url() + "/v2/platform/chunked/blobs/uploads/");
            assertThat(refused).isEqualTo(503);
            assertThat(patched.statusCode()).isEqualTo(202);
            assertThat(patched.headers().firstValue("Range")).hasValue("0-" + (BLOB.length - 1));
            assertThat(location(patched)).startsWith(proxy.url().toString());
            assertThat(completed.statusCode()).isEqualTo(201);
            assertThat(completed.headers().firstValue("Docker-Content-Digest")).hasValue(RawRegistryClient.digest(BLOB));
            assertThat(location(completed)).isEqualTo(proxy.url() + "/v2/platform/chunked/blobs/" + RawRegistryClient.digest(BLOB));
            assertThat(proxy.faultsInjected()).isEqualTo(1);
        }
    }

    @Test
    void forwardsBlobHeadersAndRangeRequests(DistributionRegistry registry) throws IOException {
        String digest = RawRegistryClient.anonymous(registry.url()).pushBlob("platform/ranged", BLOB);
        try (FaultInjectingProxy proxy = FaultInjectingProxy.inFrontOf(registry)) {
            RawRegistryClient client = RawRegistryClient.anonymous(proxy.url());

            HttpResponse<byte[]> head = client.head("/v2/platform/ranged/blobs/" + digest);
            HttpResponse<byte[]> range = client.get("/v2/platform/ranged/blobs/" + digest, "Range", "bytes=2-5");

            assertThat(head.statusCode()).isEqualTo(200);
            assertThat(head.headers().firstValue("Content-Length")).hasValue(String.valueOf(BLOB.length));
            assertThat(head.headers().firstValue("Docker-Content-Digest")).hasValue(digest);
            assertThat(range.statusCode()).isEqualTo(206);
            assertThat(range.headers().firstValue("Content-Range")).hasValue("bytes 2-5/" + BLOB.length);
            assertThat(new String(range.body(), UTF_8)).isEqualTo("2345");
        }
    }

    @Test
    void forwardsRequestsThatMatchNoFault(DistributionRegistry registry) throws IOException {
        try (FaultInjectingProxy proxy = FaultInjectingProxy.inFrontOf(registry)) {
            proxy.failNext(3, 503, ProxiedRequest::isBlobUpload);

            int status = RawRegistryClient.anonymous(proxy.url()).get("/v2/").statusCode();

            assertThat(status).isEqualTo(200);
            assertThat(proxy.requestsSeen()).isEqualTo(1);
            assertThat(proxy.faultsInjected()).isZero();
        }
    }

    @Test
    void answersBadGatewayWhenNothingListensUpstream() throws IOException {
        try (FaultInjectingProxy proxy = FaultInjectingProxy.start(URI.create("http://127.0.0.1:" + LoopbackPort.free()))) {
            HttpResponse<byte[]> response = RawRegistryClient.anonymous(proxy.url()).get("/v2/");

            assertThat(response.statusCode()).isEqualTo(502);
        }
    }

    private static String location(HttpResponse<byte[]> response) {
        return response.headers().firstValue("Location").orElseThrow(
                () -> new AssertionError(response.statusCode() + " without Location: " + new String(response.body(), UTF_8)));
    }

    /** A proxy in front of a registry behind basic auth. */
    @Nested
    @WithDistributionRegistry(RegistryAuth.BASIC)
    class BehindBasicAuth {

        @Test
        void passesTheChallengeAndTheCredentialsThrough(DistributionRegistry registry) throws IOException {
            try (FaultInjectingProxy proxy = FaultInjectingProxy.inFrontOf(registry)) {
                RawRegistryClient anonymous = RawRegistryClient.anonymous(proxy.url());
                RawRegistryClient authorized = anonymous.authorizedBy(registry.credentials().basicAuthorization());

                HttpResponse<byte[]> challenged = anonymous.get("/v2/");
                String digest = authorized.pushBlob("platform/basic-proxied", BLOB);

                assertThat(challenged.statusCode()).isEqualTo(401);
                assertThat(challenged.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                        challenge -> assertThat(challenge).startsWith("Basic realm="));
                assertThat(authorized.get("/v2/platform/basic-proxied/blobs/" + digest).body()).isEqualTo(BLOB);
            }
        }
    }
}
