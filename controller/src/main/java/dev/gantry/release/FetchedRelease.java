package dev.gantry.release;

/**
 * A release read from a store, every digest verified.
 *
 * @param reference the reference pinned by the manifest digest
 * @param manifest the parsed manifest
 * @param manifestDigest the manifest's digest
 * @param config the parsed config
 * @param layer the manifests layer's bytes (tar+gzip), not yet extracted
 */
public record FetchedRelease(ArtifactRef reference, ReleaseManifest manifest, String manifestDigest,
        ReleaseConfig config, byte[] layer) {
}
