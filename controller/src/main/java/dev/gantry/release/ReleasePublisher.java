package dev.gantry.release;

import java.util.Map;
import java.util.Optional;

/** Pushes a release artifact under its commit tag, once: the same digest again is a no-op, another digest is refused. */
public final class ReleasePublisher {

    private final ArtifactStore store;

    /** Publishes into the given store. */
    public ReleasePublisher(ArtifactStore store) {
        this.store = store;
    }

    /**
     * Publishes the release.
     *
     * @param tag the release reference with its commit tag
     * @param config the config blob's bytes
     * @param layer the manifests layer's bytes
     * @param annotations the manifest annotations
     * @return what was pushed
     * @throws ReleaseConflictException when the tag names a different digest
     * @throws RegistryUnavailableException when the store fails; the tag is pushed last, so it never names a partial release
     */
    public PublishedRelease publish(ArtifactRef tag, byte[] config, byte[] layer, Map<String, String> annotations) {
        ContentDescriptor configDescriptor = ContentDescriptor.of(MediaTypes.RELEASE_CONFIG, config);
        ContentDescriptor layerDescriptor = ContentDescriptor.of(MediaTypes.RELEASE_MANIFESTS, layer);
        byte[] manifest = new ReleaseManifest(configDescriptor, layerDescriptor, annotations).toJson();
        ContentDescriptor manifestDescriptor = ContentDescriptor.of(MediaTypes.OCI_MANIFEST, manifest);
        Optional<ContentDescriptor> existing = store.resolve(tag);
        if (existing.isPresent()) {
            if (existing.get().digest().equals(manifestDescriptor.digest())) {
                return new PublishedRelease(tag.withDigest(manifestDescriptor.digest()), manifestDescriptor,
                        PublishedRelease.Outcome.UNCHANGED, 0);
            }
            throw new ReleaseConflictException(tag + " already exists with digest " + existing.get().digest()
                    + ", but this build gives " + manifestDescriptor.digest()
                    + "; releases are immutable (is the build not reproducible, or was the tag pushed by something else?)");
        }
        long uploaded = upload(tag, configDescriptor, config) + upload(tag, layerDescriptor, layer);
        store.putManifest(tag, manifestDescriptor, manifest);
        return new PublishedRelease(tag.withDigest(manifestDescriptor.digest()), manifestDescriptor,
                PublishedRelease.Outcome.CREATED, uploaded);
    }

    private long upload(ArtifactRef tag, ContentDescriptor descriptor, byte[] content) {
        if (store.hasBlob(tag, descriptor.digest())) {
            return 0;
        }
        store.putBlob(tag, descriptor, content);
        return content.length;
    }
}
