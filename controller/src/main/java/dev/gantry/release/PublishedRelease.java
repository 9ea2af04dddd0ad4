package dev.gantry.release;

/**
 * What publishing a release did.
 *
 * @param reference the release reference pinned by digest
 * @param manifest the manifest's descriptor
 * @param outcome whether it was created or was already there
 * @param uploadedBytes bytes of blobs actually uploaded (zero when all were present)
 */
public record PublishedRelease(ArtifactRef reference, ContentDescriptor manifest, Outcome outcome, long uploadedBytes) {

    /** Whether the publish changed the store. */
    public enum Outcome {
        /** The tag was new; the release was pushed. */
        CREATED,
        /** The tag already named this exact digest; nothing was pushed. */
        UNCHANGED
    }
}
