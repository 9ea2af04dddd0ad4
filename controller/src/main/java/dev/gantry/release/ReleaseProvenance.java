package dev.gantry.release;

/**
 * Holds a release's config to the name it was fetched by: a release is stored at
 * {@code [<prefix>/]<repository>/<project>:<commit>}, and a config naming another repository,
 * project or commit is a release copied or pushed under a name that is not its own. A reference
 * typed by hand cannot tell a registry prefix from the path, so the path must end with the name.
 */
final class ReleaseProvenance {

    private ReleaseProvenance() {
    }

    /**
     * The config, when the reference's repository path ends with the config's
     * {@code <repository>/<project>} and, for a tag, the tag is the config's commit.
     *
     * @throws ArtifactIntegrityException naming both when they differ
     */
    static ReleaseConfig check(ReleaseConfig config, ArtifactRef ref) {
        String named = config.repository() + "/" + config.project();
        if (!ref.repository().equals(named) && !ref.repository().endsWith("/" + named)) {
            throw new ArtifactIntegrityException("the config of " + ref + " names project " + named + ", not "
                    + ref.repository() + "; refusing a release published under another project's name");
        }
        if (ref.tag() != null && !config.commit().equals(ref.tag())) {
            throw new ArtifactIntegrityException("the config of " + ref + " names commit " + config.commit() + ", not "
                    + ref.tag() + "; refusing a release published under another commit's tag");
        }
        return config;
    }
}
