package dev.gantry.reconcile;

/** What to do when a pointer names a release that is not in its registry yet. */
@FunctionalInterface
public interface MissingRelease {

    /** Builds nothing: a missing release fails the reconcile. */
    MissingRelease FAIL = target -> false;

    /**
     * Tries to build the release the target's pointer names into the target's registry.
     *
     * @param target the project whose release is missing
     * @return whether a build ran (the release should now exist); false when no source is configured
     * @throws RuntimeException when the build itself fails; the reconcile records it as FAILED
     */
    boolean build(ProjectTarget target);
}
