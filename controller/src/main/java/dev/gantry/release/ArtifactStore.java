package dev.gantry.release;

import java.io.InputStream;
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
     * Opens a manifest's bytes exactly as stored, as a stream the caller caps and verifies.
     *
     * @param ref the repository (tag and digest ignored)
     * @param descriptor the manifest's descriptor, as {@link #resolve} gave it
     * @return the manifest bytes, not yet verified; the caller closes it
     * @throws ArtifactNotFoundException when there is no such manifest
     * @throws ArtifactIntegrityException when the store announces more bytes than the descriptor
     * @throws RegistryUnavailableException when the store cannot be reached
     */
    InputStream manifest(ArtifactRef ref, ContentDescriptor descriptor);

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
     * Opens a blob, as a stream the caller caps and verifies.
     *
     * @param ref the repository (tag and digest ignored)
     * @param descriptor the blob's descriptor
     * @return the blob's bytes, not yet verified; the caller closes it
     * @throws ArtifactNotFoundException when there is no such blob
     * @throws ArtifactIntegrityException when the store announces more bytes than the descriptor
     * @throws RegistryUnavailableException when the store cannot be reached
     */
    InputStream blob(ArtifactRef ref, ContentDescriptor descriptor);

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
