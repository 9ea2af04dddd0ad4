package dev.gantry.release;

/**
 * Holds a release's config to the name it was fetched by: a release is stored at
 * {@code <repository>/<project>:<commit>}, and a config naming another repository, project or
 * commit is a release copied or pushed under a name that is not its own.
 */
final class ReleaseProvenance {

    private ReleaseProvenance() {
    }

    /**
     * The config, when it names the reference's repository path and, for a tag, its commit.
     *
     * @throws ArtifactIntegrityException naming both when they differ
     */
    static ReleaseConfig check(ReleaseConfig config, ArtifactRef ref) {
        String named = config.repository() + "/" + config.project();
        if (!named.equals(ref.repository())) {
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
