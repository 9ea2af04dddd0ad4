package dev.gantry.testing.registry;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** The registry HTTP API spoken by hand with the JDK client, so tests see every status and header. */
public final class RawRegistryClient {

    /** The OCI image manifest media type. */
    public static final String OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;
    private final String authorization;

    private RawRegistryClient(URI base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    /** A client sending no credentials to {@code base} ({@code http://host:port}). */
    public static RawRegistryClient anonymous(URI base) {
        return new RawRegistryClient(base, null);
    }

    /** The same client sending {@code authorization} as its {@code Authorization} header. */
    public RawRegistryClient authorizedBy(String authorization) {
        return new RawRegistryClient(base, authorization);
    }

    /** {@code GET path}, with extra header name/value pairs. */
    public HttpResponse<byte[]> get(String path, String... headers) throws IOException {
        return send(request(path, headers).GET());
    }

    /** {@code HEAD path}. */
    public HttpResponse<byte[]> head(String path) throws IOException {
        return send(request(path).method("HEAD", BodyPublishers.noBody()));
    }

    /** {@code POST /v2/REPOSITORY/blobs/uploads/}: opens an upload session. */
    public HttpResponse<byte[]> startUpload(String repository) throws IOException {
        return send(request("/v2/" + repository + "/blobs/uploads/").POST(BodyPublishers.noBody()));
    }

    /** {@code PATCH LOCATION} with one chunk of the blob, streamed without a Content-Range. */
    public HttpResponse<byte[]> patchUpload(String location, byte[] chunk) throws IOException {
        return send(request(location, "Content-Type", "application/octet-stream")
                .method("PATCH", BodyPublishers.ofByteArray(chunk)));
    }

    /** {@code PUT LOCATION&digest=DIGEST} with the blob's last bytes (all of it for a monolithic upload). */
    public HttpResponse<byte[]> completeUpload(String location, String digest, byte[] lastBytes) throws IOException {
        String separator = location.contains("?") ? "&" : "?";
        String url = location + separator + "digest=" + URLEncoder.encode(digest, StandardCharsets.UTF_8);
        return send(request(url, "Content-Type", "application/octet-stream").PUT(BodyPublishers.ofByteArray(lastBytes)));
    }

    /** Uploads {@code content} monolithically (POST then PUT) and returns its digest; fails on any other answer. */
    public String pushBlob(String repository, byte[] content) throws IOException {
        HttpResponse<byte[]> started = expect(202, startUpload(repository));
        expect(201, completeUpload(started.headers().firstValue("Location").orElseThrow(), digest(content), content));
        return digest(content);
    }

    /** {@code PUT /v2/REPOSITORY/manifests/REFERENCE} with an OCI image manifest. */
    public HttpResponse<byte[]> putManifest(String repository, String reference, byte[] manifest) throws IOException {
        return send(request("/v2/" + repository + "/manifests/" + reference, "Content-Type", OCI_MANIFEST)
                .PUT(BodyPublishers.ofByteArray(manifest)));
    }

    /** {@code GET /v2/REPOSITORY/manifests/REFERENCE} accepting an OCI image manifest. */
    public HttpResponse<byte[]> getManifest(String repository, String reference) throws IOException {
        return get("/v2/" + repository + "/manifests/" + reference, "Accept", OCI_MANIFEST);
    }

    /** Asks the token realm for a token for {@code scope}, as {@code credentials}; returns the token. */
    public static String token(BearerChallenge challenge, RegistryCredentials credentials, String scope)
            throws IOException {
        HttpResponse<byte[]> response = expect(200, anonymous(challenge.realm())
                .authorizedBy(credentials.basicAuthorization()).get(challenge.tokenUrl(scope)));
        return (String) JsonMapper.builder().build().readValue(response.body(), Map.class).get("token");
    }

    /** {@code sha256:HEX} of {@code content}. */
    public static String digest(byte[] content) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    private HttpRequest.Builder request(String pathOrUrl, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(pathOrUrl)).timeout(Duration.ofSeconds(30));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request;
    }

    private static HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static HttpResponse<byte[]> expect(int status, HttpResponse<byte[]> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.uri() + " answered "
                    + response.statusCode() + " instead of " + status + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        return response;
    }
}
