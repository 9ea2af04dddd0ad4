package dev.gantry.release;

/**
 * A container image built for a release.
 *
 * @param name the image's name within the project, such as {@code web}
 * @param repository where it was pushed, such as {@code registry.example.com/platform/hello/web}
 * @param digest its manifest digest
 */
public record BuiltImage(String name, String repository, String digest) {

    /** The digest-pinned reference written into manifests: {@code repository@sha256:...}. */
    public String pinnedReference() {
        return repository + "@" + digest;
    }
}
