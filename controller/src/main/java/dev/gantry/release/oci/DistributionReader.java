package dev.gantry.release.oci;

import dev.gantry.release.ArtifactIntegrityException;
import dev.gantry.release.ArtifactRef;
import dev.gantry.release.ContentDescriptor;
import dev.gantry.release.MediaTypes;
import dev.gantry.release.RegistryCredentials;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads manifests and blobs from a distribution registry: anonymous, basic or bearer token auth
 * answered only for the registry's own origin, redirects followed without credentials to another
 * origin, and bodies handed out as streams after a {@code Content-Length} over the descriptor is refused.
 */
final class DistributionReader {

    private static final String ACCEPT = String.join(", ", MediaTypes.OCI_MANIFEST, MediaTypes.OCI_INDEX,
            "application/vnd.docker.distribution.manifest.v2+json");

    private final RedirectingHttp http;
    private final BearerTokenFlow tokens;
    private final boolean plainHttp;
    private final Map<String, String> authorizations = new ConcurrentHashMap<>();

    DistributionReader(RedirectingHttp http, BearerTokenFlow tokens, boolean plainHttp) {
        this.http = http;
        this.tokens = tokens;
        this.plainHttp = plainHttp;
    }

    /** The descriptor a tag or digest names, or empty on 404. */
    Optional<ContentDescriptor> resolve(ArtifactRef ref, RegistryCredentials credentials) {
        String reference = ref.digest() != null ? ref.digest() : ref.tag();
        RedirectingHttp.Answer answer = send("HEAD", ref, "manifests/" + reference, credentials);
        answer.discard();
        if (answer.status() == 404) {
            return Optional.empty();
        }
        String digest = answer.header("Docker-Content-Digest")
                .orElseThrow(() -> new RegistryAnswerException(answer.status(), "the registry gave no Docker-Content-Digest for " + ref));
        long size = answer.header("Content-Length").map(Long::parseLong).orElse(-1L);
        String mediaType = answer.header("Content-Type").map(type -> type.split(";")[0].trim()).orElse(MediaTypes.OCI_MANIFEST);
        return Optional.of(new ContentDescriptor(mediaType, digest, size));
    }

    /** Whether the repository holds the blob. */
    boolean hasBlob(ArtifactRef ref, String digest, RegistryCredentials credentials) {
        RedirectingHttp.Answer answer = send("HEAD", ref, "blobs/" + digest, credentials);
        answer.discard();
        return answer.status() != 404;
    }

    /** The manifest's body; 404 is {@link RegistryAnswerException} with that status. */
    InputStream manifest(ArtifactRef ref, ContentDescriptor descriptor, RegistryCredentials credentials) {
        return body(send("GET", ref, "manifests/" + descriptor.digest(), credentials), "manifest", descriptor);
    }

    /** The blob's body; 404 is {@link RegistryAnswerException} with that status. */
    InputStream blob(ArtifactRef ref, ContentDescriptor descriptor, RegistryCredentials credentials) {
        return body(send("GET", ref, "blobs/" + descriptor.digest(), credentials), "blob", descriptor);
    }

    private static InputStream body(RedirectingHttp.Answer answer, String what, ContentDescriptor descriptor) {
        if (answer.status() == 404) {
            answer.discard();
            throw new RegistryAnswerException(404, what + " " + descriptor.digest() + " not found");
        }
        long announced = answer.header("Content-Length").map(Long::parseLong).orElse(-1L);
        if (announced > descriptor.size()) {
            answer.discard();
            throw new ArtifactIntegrityException("the registry announces " + announced + " bytes for " + what + " "
                    + descriptor.digest() + ", more than the " + descriptor.size() + " its descriptor declares; refused unread");
        }
        return answer.response().body();
    }

    /** Sends a request, answering one challenge from the registry's own origin; refuses other error statuses. */
    private RedirectingHttp.Answer send(String method, ArtifactRef ref, String path, RegistryCredentials credentials) {
        String repository = ref.registry().path(ref.repository());
        URI uri = URI.create((plainHttp ? "http://" : "https://") + ref.registry().host() + "/v2/" + repository + "/" + path);
        String key = ref.registry().host() + "/" + repository;
        try {
            RedirectingHttp.Answer answer = http.send(method, uri, Map.of("Accept", ACCEPT), authorizations.get(key));
            if (answer.status() == 401 && RedirectingHttp.sameOrigin(answer.uri(), uri)) {
                answer.discard();
                Optional<String> authorization = authorize(answer.header("WWW-Authenticate").orElse(""), repository, credentials);
                if (authorization.isPresent()) {
                    authorizations.put(key, authorization.get());
                    answer = http.send(method, uri, Map.of("Accept", ACCEPT), authorization.get());
                }
            }
            if (answer.status() >= 400 && answer.status() != 404) {
                answer.discard();
                throw new RegistryAnswerException(answer.status(), method + " " + path + " of " + ref.repository()
                        + " was refused by " + answer.uri().getHost());
            }
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted", e));
        }
    }

    private Optional<String> authorize(String challenge, String repository, RegistryCredentials credentials) {
        if (BearerTokenFlow.isBearer(challenge)) {
            return Optional.of("Bearer " + tokens.exchange(challenge, "repository:" + repository + ":pull", credentials));
        }
        if (challenge.regionMatches(true, 0, "Basic", 0, 5) && credentials.present()) {
            return Optional.of("Basic " + Base64.getEncoder().encodeToString(
                    (credentials.username() + ":" + credentials.password()).getBytes(StandardCharsets.UTF_8)));
        }
        return Optional.empty();
    }
}
