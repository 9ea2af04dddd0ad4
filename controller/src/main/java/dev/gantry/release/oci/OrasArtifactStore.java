package dev.gantry.release.oci;

import dev.gantry.release.ArtifactIntegrityException;
import dev.gantry.release.ArtifactNotFoundException;
import dev.gantry.release.ArtifactRef;
import dev.gantry.release.ArtifactStore;
import dev.gantry.release.ContentDescriptor;
import dev.gantry.release.RegistryCredentials;
import dev.gantry.release.RegistryUnavailableException;
import dev.failsafe.Failsafe;
import dev.failsafe.RetryPolicy;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.function.Supplier;
import land.oras.ContainerRef;
import land.oras.Manifest;
import land.oras.Registry;
import land.oras.exception.OrasException;

/**
 * Talks to an OCI distribution registry: reads through {@link DistributionReader}, pushes through
 * the ORAS Java SDK; anonymous, basic or bearer token auth. Credentials go only to the host they
 * are bound to. Plain HTTP is used only for loopback registries or when asked.
 */
public final class OrasArtifactStore implements ArtifactStore {

    private static final RetryPolicy<Object> RETRY = RetryPolicy.builder()
            .handleIf(OrasArtifactStore::isTransient)
            .withBackoff(Duration.ofMillis(200), Duration.ofSeconds(2))
            .withMaxRetries(3)
            .build();

    private final RegistryCredentials credentials;
    private final boolean plainHttp;
    private final Registry anonymous;
    private final Map<String, Registry> byRepository = new ConcurrentHashMap<>();
    private final BearerTokenFlow tokens;
    private final DistributionReader reader;

    /**
     * Connects lazily to a registry.
     *
     * @param credentials credentials, used only for the host they are bound to; else the Docker config file for pushes
     * @param plainHttp whether to speak HTTP instead of HTTPS
     */
    public OrasArtifactStore(RegistryCredentials credentials, boolean plainHttp) {
        this.credentials = credentials;
        this.plainHttp = plainHttp;
        this.anonymous = Registry.builder().defaults().withInsecure(plainHttp).build();
        RedirectingHttp http = new RedirectingHttp();
        this.tokens = new BearerTokenFlow(http);
        this.reader = new DistributionReader(http, tokens, plainHttp);
    }

    private RegistryCredentials credentialsFor(ArtifactRef ref) {
        return credentials.forHost(ref.registry().host());
    }

    /**
     * The ORAS client for pushing to one repository: with credentials bound to its host and a
     * registry that asks for bearer tokens, one holding a pull-and-push token from the token flow
     * (ORAS 0.7.0 cannot refresh tokens during an upload itself); with basic auth, one holding the
     * credentials; otherwise the client without them.
     */
    private Registry registry(ArtifactRef ref) {
        RegistryCredentials bound = credentialsFor(ref);
        if (!bound.present()) {
            return anonymous;
        }
        String repository = ref.registry().path(ref.repository());
        return byRepository.computeIfAbsent(ref.registry().host() + "/" + repository, key -> tokens
                .token(URI.create((plainHttp ? "http://" : "https://") + ref.registry().host()), repository, bound)
                .map(token -> Registry.builder().defaults().withAuthToken(token).withInsecure(plainHttp).build())
                .orElseGet(() -> Registry.builder().defaults(bound.username(), bound.password()).withInsecure(plainHttp).build()));
    }

    @Override
    public Optional<ContentDescriptor> resolve(ArtifactRef ref) {
        return call(null, "cannot look up " + ref, () -> reader.resolve(ref, credentialsFor(ref)));
    }

    @Override
    public InputStream manifest(ArtifactRef ref, ContentDescriptor descriptor) {
        return call(ref + " has no manifest " + descriptor.digest(), "cannot read manifest " + descriptor.digest() + " of " + ref,
                () -> reader.manifest(ref, descriptor, credentialsFor(ref)));
    }

    @Override
    public boolean hasBlob(ArtifactRef ref, String digest) {
        return call(null, "cannot check blob " + digest + " in " + ref, () -> reader.hasBlob(ref, digest, credentialsFor(ref)));
    }

    @Override
    public InputStream blob(ArtifactRef ref, ContentDescriptor descriptor) {
        return call(ref + " has no blob " + descriptor.digest(), "cannot read blob " + descriptor.digest() + " of " + ref,
                () -> reader.blob(ref, descriptor, credentialsFor(ref)));
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
        } catch (ArtifactIntegrityException | RegistryUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            if (notFound != null && status(e) == 404) {
                throw new ArtifactNotFoundException(notFound);
            }
            throw unavailable(failure, e);
        }
    }

    /** Transient failures: server errors, throttling and broken connections; never 4xx answers. */
    private static boolean isTransient(Throwable e) {
        int status = status(e);
        if (status > 0) {
            return status >= 500 || status == 429;
        }
        return e instanceof UncheckedIOException || e instanceof OrasException && e.getCause() instanceof java.io.IOException;
    }

    /** The HTTP status an exception carries, or 0. */
    private static int status(Throwable e) {
        if (e instanceof RegistryAnswerException answer) {
            return answer.status();
        }
        return e instanceof OrasException oras && oras.getStatusCode() != null ? oras.getStatusCode() : 0;
    }

    private static RegistryUnavailableException unavailable(String what, RuntimeException e) {
        String status = status(e) > 0 ? " (HTTP " + status(e) + ")" : "";
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new RegistryUnavailableException(what + status + ": " + reason, e);
    }
}
