package dev.gantry.release.oci;

import dev.gantry.release.ArtifactNotFoundException;
import dev.gantry.release.ArtifactRef;
import dev.gantry.release.ArtifactStore;
import dev.gantry.release.ContentDescriptor;
import dev.gantry.release.RegistryCredentials;
import dev.gantry.release.RegistryUnavailableException;
import dev.failsafe.Failsafe;
import dev.failsafe.RetryPolicy;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.function.Supplier;
import land.oras.ContainerRef;
import land.oras.Descriptor;
import land.oras.Manifest;
import land.oras.Registry;
import land.oras.exception.OrasException;

/**
 * Talks to an OCI distribution registry through the ORAS Java SDK: anonymous, basic or bearer
 * token auth, credentials from the environment or the Docker config file. Plain HTTP is used only
 * for loopback registries or when asked.
 */
public final class OrasArtifactStore implements ArtifactStore {

    private static final RetryPolicy<Object> RETRY = RetryPolicy.builder()
            .handleIf(OrasArtifactStore::isTransient)
            .withBackoff(Duration.ofMillis(200), Duration.ofSeconds(2))
            .withMaxRetries(3)
            .build();

    private final RegistryCredentials credentials;
    private final boolean plainHttp;
    private final Registry registry;
    private final Map<String, Registry> byRepository = new ConcurrentHashMap<>();
    private final BearerTokenFlow tokens = new BearerTokenFlow();

    /**
     * Connects lazily to a registry.
     *
     * @param credentials explicit credentials, else the Docker config file is used
     * @param plainHttp whether to speak HTTP instead of HTTPS
     */
    public OrasArtifactStore(RegistryCredentials credentials, boolean plainHttp) {
        this.credentials = credentials;
        this.plainHttp = plainHttp;
        Registry.Builder builder = Registry.builder();
        builder = credentials.present() ? builder.defaults(credentials.username(), credentials.password()) : builder.defaults();
        this.registry = builder.withInsecure(plainHttp).build();
    }

    /**
     * The client for one repository: with explicit credentials and a registry that asks for bearer
     * tokens, one holding a pull-and-push token from the token flow (ORAS 0.7.0 cannot refresh
     * tokens during an upload itself); otherwise the shared client.
     */
    private Registry registry(ArtifactRef ref) {
        if (!credentials.present()) {
            return registry;
        }
        String repository = ref.registry().path(ref.repository());
        return byRepository.computeIfAbsent(ref.registry().host() + "/" + repository, key -> tokens
                .token(URI.create((plainHttp ? "http://" : "https://") + ref.registry().host()), repository, credentials)
                .map(token -> Registry.builder().defaults().withAuthToken(token).withInsecure(plainHttp).build())
                .orElse(registry));
    }

    @Override
    public Optional<ContentDescriptor> resolve(ArtifactRef ref) {
        try {
            Descriptor descriptor = Failsafe.with(RETRY).get(() -> registry(ref).probeDescriptor(container(ref)));
            return Optional.of(new ContentDescriptor(descriptor.getMediaType(), descriptor.getDigest(), descriptor.getSize()));
        } catch (OrasException e) {
            if (isNotFound(e)) {
                return Optional.empty();
            }
            throw unavailable("cannot look up " + ref, e);
        } catch (RuntimeException e) {
            throw unavailable("cannot look up " + ref, e);
        }
    }

    @Override
    public InputStream manifest(ArtifactRef ref, ContentDescriptor descriptor) {
        String digest = descriptor.digest();
        return call(ref + " has no manifest " + digest, "cannot read manifest " + digest + " of " + ref,
                () -> new ByteArrayInputStream(registry(ref).getDescriptor(container(ref.withDigest(digest))).getJson()
                        .getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public boolean hasBlob(ArtifactRef ref, String digest) {
        try {
            Failsafe.with(RETRY).get(() -> registry(ref).fetchBlobDescriptor(container(ref.withDigest(digest))));
            return true;
        } catch (OrasException e) {
            if (isNotFound(e)) {
                return false;
            }
            throw unavailable("cannot check blob " + digest + " in " + ref, e);
        } catch (RuntimeException e) {
            throw unavailable("cannot check blob " + digest + " in " + ref, e);
        }
    }

    @Override
    public InputStream blob(ArtifactRef ref, ContentDescriptor descriptor) {
        return call(ref + " has no blob " + descriptor.digest(), "cannot read blob " + descriptor.digest() + " of " + ref,
                () -> registry(ref).fetchBlob(container(ref.withDigest(descriptor.digest()))));
    }

    @Override
    public void putBlob(ArtifactRef ref, ContentDescriptor descriptor, byte[] content) {
        call(null, "cannot upload blob " + descriptor.digest() + " to " + ref,
                () -> registry(ref).pushBlob(container(ref.withDigest(descriptor.digest())), content));
    }

    @Override
    public void putManifest(ArtifactRef ref, ContentDescriptor descriptor, byte[] content) {
        Manifest manifest = Manifest.fromJson(new String(content, StandardCharsets.UTF_8));
        Manifest pushed = call(null, "cannot push the manifest of " + ref, () -> registry(ref).pushManifest(container(ref), manifest));
        String stored = pushed.getDescriptor() == null ? null : pushed.getDescriptor().getDigest();
        if (stored != null && !stored.equals(descriptor.digest())) {
            throw new RegistryUnavailableException("the registry stored the manifest of " + ref + " as " + stored
                    + ", not " + descriptor.digest() + "; refusing a rewritten manifest", null);
        }
    }

    private static ContainerRef container(ArtifactRef ref) {
        String name = ref.registry().host() + "/" + ref.registry().path(ref.repository());
        String text = name + (ref.tag() != null ? ":" + ref.tag() : "") + (ref.digest() != null ? "@" + ref.digest() : "");
        return ContainerRef.parse(text);
    }

    private static <T> T call(String notFound, String failure, Supplier<T> action) {
        try {
            return Failsafe.with(RETRY).get(action::get);
        } catch (OrasException e) {
            if (notFound != null && isNotFound(e)) {
                throw new ArtifactNotFoundException(notFound);
            }
            throw unavailable(failure, e);
        } catch (RuntimeException e) {
            throw unavailable(failure, e);
        }
    }

    /** Transient failures: server errors, throttling and broken connections; never 4xx answers. */
    private static boolean isTransient(Throwable e) {
        if (e instanceof OrasException oras && oras.getStatusCode() != null) {
            return oras.getStatusCode() >= 500 || oras.getStatusCode() == 429;
        }
        return e instanceof OrasException && e.getCause() instanceof java.io.IOException;
    }

    private static boolean isNotFound(OrasException e) {
        return e.getStatusCode() != null && e.getStatusCode() == 404;
    }

    private static RegistryUnavailableException unavailable(String what, RuntimeException e) {
        String status = e instanceof OrasException oras && oras.getStatusCode() != null ? " (HTTP " + oras.getStatusCode() + ")" : "";
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new RegistryUnavailableException(what + status + ": " + reason, e);
    }
}
