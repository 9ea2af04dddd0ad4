package dev.gantry.release;

import java.util.Optional;

/**
 * Stores and reads OCI content for release and image repositories. Implementations verify
 * nothing about meaning; {@link ReleasePublisher} and {@link ReleaseFetcher} hold the rules.
 */
public interface ArtifactStore {

    /**
     * Looks up what a reference points at.
     *
     * @param ref a tag or digest reference
     * @return the manifest's descriptor, or empty when the tag or digest does not exist
     * @throws RegistryUnavailableException when the store cannot be reached
     */
    Optional<ContentDescriptor> resolve(ArtifactRef ref);

    /**
     * Reads a manifest's bytes exactly as stored.
     *
     * @param ref the repository, pinned by {@code digest}
     * @param digest the manifest digest
     * @return the manifest bytes
     * @throws ArtifactNotFoundException when there is no such manifest
     * @throws RegistryUnavailableException when the store cannot be reached
     */
    byte[] manifest(ArtifactRef ref, String digest);

    /**
     * Whether the repository already holds a blob.
     *
     * @param ref the repository (tag and digest ignored)
     * @param digest the blob digest
     * @return true when present
     * @throws RegistryUnavailableException when the store cannot be reached
     */
    boolean hasBlob(ArtifactRef ref, String digest);

    /**
     * Reads a blob.
     *
     * @param ref the repository (tag and digest ignored)
     * @param descriptor the blob's descriptor; reads at most its size
     * @return the blob's bytes, not yet verified
     * @throws ArtifactNotFoundException when there is no such blob
     * @throws RegistryUnavailableException when the store cannot be reached
     */
    byte[] blob(ArtifactRef ref, ContentDescriptor descriptor);

    /**
     * Stores a blob whose digest the caller has computed.
     *
     * @param ref the repository (tag and digest ignored)
     * @param descriptor the blob's descriptor
     * @param content the blob's bytes
     * @throws RegistryUnavailableException when the store cannot be reached or refuses
     */
    void putBlob(ArtifactRef ref, ContentDescriptor descriptor, byte[] content);

    /**
     * Stores a manifest and points the reference's tag at it.
     *
     * @param ref the repository and tag
     * @param descriptor the manifest's descriptor
     * @param content the manifest's bytes, stored exactly
     * @throws RegistryUnavailableException when the store cannot be reached or refuses
     */
    void putManifest(ArtifactRef ref, ContentDescriptor descriptor, byte[] content);
}
