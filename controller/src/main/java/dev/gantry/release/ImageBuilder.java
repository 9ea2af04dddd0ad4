package dev.gantry.release;

/** Builds one container image of a project and pushes it where the release goes. */
public interface ImageBuilder {

    /**
     * Builds and pushes an image.
     *
     * @param request what to build and where to push it
     * @return the pushed image with its manifest digest
     * @throws ReleaseBuildException when the descriptor cannot be built (a missing layer source, say)
     * @throws RegistryUnavailableException when a registry fails
     */
    BuiltImage build(ImageBuildRequest request);
}
