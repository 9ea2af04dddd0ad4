package dev.gantry.release;

import java.util.Arrays;

/** Reads a release and verifies it: the pinned manifest digest when given, and every blob digest always. */
public final class ReleaseFetcher {

    private final ArtifactStore store;

    /** Reads from the given store. */
    public ReleaseFetcher(ArtifactStore store) {
        this.store = store;
    }

    /**
     * Fetches and verifies a release.
     *
     * @param ref a tag reference, optionally pinned with {@code @sha256:...}
     * @return the verified release
     * @throws ArtifactNotFoundException when the reference names nothing
     * @throws ArtifactIntegrityException when a digest, size or media type does not match
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
        byte[] manifestBytes = store.manifest(ref, descriptor.digest());
        verify("manifest of " + ref, new ContentDescriptor(descriptor.mediaType(), descriptor.digest(), manifestBytes.length),
                manifestBytes);
        ReleaseManifest manifest = ReleaseManifest.fromJson(manifestBytes);
        byte[] config = store.blob(ref, manifest.config());
        verify("config of " + ref, manifest.config(), config);
        byte[] layer = store.blob(ref, manifest.layer());
        verify("manifests layer of " + ref, manifest.layer(), layer);
        return new FetchedRelease(ref.withDigest(descriptor.digest()), manifest, descriptor.digest(),
                ReleaseConfig.fromJson(config), layer);
    }

    private static void verify(String what, ContentDescriptor expected, byte[] content) {
        String actual = ContentDescriptor.sha256(content);
        if (!actual.equals(expected.digest()) || content.length != expected.size()) {
            throw new ArtifactIntegrityException("the " + what + " does not match its descriptor: expected "
                    + expected.digest() + " (" + expected.size() + " bytes), got " + actual + " (" + content.length
                    + " bytes)" + (Arrays.equals(content, new byte[0]) ? "; it is empty" : ""));
        }
    }
}
