package dev.gantry.release;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * Reads a release and verifies it: the pinned manifest digest when given, every blob's size and
 * digest always, each read capped by its descriptor and by {@link ArtifactLimits} before a byte
 * arrives, and the config's provenance against the reference it was fetched by.
 */
public final class ReleaseFetcher {

    private final ArtifactStore store;
    private final ArtifactLimits limits;

    /** Reads from the given store with the default limits. */
    public ReleaseFetcher(ArtifactStore store) {
        this(store, ArtifactLimits.DEFAULT);
    }

    /** Reads from the given store with the given limits. */
    public ReleaseFetcher(ArtifactStore store, ArtifactLimits limits) {
        this.store = store;
        this.limits = limits;
    }

    /**
     * Fetches and verifies a release.
     *
     * @param ref a tag reference, optionally pinned with {@code @sha256:...}
     * @return the verified release
     * @throws ArtifactNotFoundException when the reference names nothing
     * @throws ArtifactIntegrityException when a digest, size, limit, media type or the config's provenance does not match
     * @throws RegistryUnavailableException when the store fails
     */
    public FetchedRelease fetch(ArtifactRef ref) {
        ArtifactRef lookup = ref.tag() != null ? ref.withDigest(null) : ref;
        ContentDescriptor descriptor = store.resolve(lookup)
                .orElseThrow(() -> new ArtifactNotFoundException(ref + " does not exist"));
        if (ref.digest() != null && !ref.digest().equals(descriptor.digest())) {
            throw new ArtifactIntegrityException(lookup + " resolves to " + descriptor.digest() + ", not the pinned digest "
                    + ref.digest());
        }
        ReleaseManifest manifest = ReleaseManifest.fromJson(read("manifest of " + ref, descriptor, limits.manifestBytes(),
                () -> store.manifest(ref, descriptor)));
        byte[] config = read("config of " + ref, manifest.config(), limits.configBytes(),
                () -> store.blob(ref, manifest.config()));
        byte[] layer = read("manifests layer of " + ref, manifest.layer(), limits.layerBytes(),
                () -> store.blob(ref, manifest.layer()));
        return new FetchedRelease(ref.withDigest(descriptor.digest()), manifest, descriptor.digest(),
                ReleaseProvenance.check(ReleaseConfig.fromJson(config), ref), layer);
    }

    /** Refuses a descriptor over the limit unread, then reads at most one byte past its size and verifies it. */
    private static byte[] read(String what, ContentDescriptor expected, long limit, Supplier<InputStream> open) {
        if (expected.size() < 0 || expected.size() > limit) {
            throw new ArtifactIntegrityException("the " + what + " declares " + expected.size() + " bytes, over the "
                    + ArchiveLimits.describe(limit) + " limit; refused before reading it");
        }
        byte[] content;
        try (InputStream in = open.get()) {
            content = in.readNBytes((int) expected.size() + 1);
        } catch (IOException e) {
            throw new RegistryUnavailableException("cannot read the " + what + ": " + e.getMessage(), e);
        }
        if (content.length > expected.size()) {
            throw new ArtifactIntegrityException("the " + what + " is longer than the " + expected.size()
                    + " bytes its descriptor declares; refused without reading the rest");
        }
        verify(what, expected, content);
        return content;
    }

    private static void verify(String what, ContentDescriptor expected, byte[] content) {
        String actual = ContentDescriptor.sha256(content);
        if (!actual.equals(expected.digest()) || content.length != expected.size()) {
            throw new ArtifactIntegrityException("the " + what + " does not match its descriptor: expected "
                    + expected.digest() + " (" + expected.size() + " bytes), got " + actual + " (" + content.length
                    + " bytes)" + (content.length == 0 ? "; it is empty" : ""));
        }
    }
}
